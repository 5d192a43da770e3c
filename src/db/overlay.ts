import type { IndexableType } from 'dexie';
import { recordTable, type LianxinDB } from './db.ts';
import type { BaseRow, RecordRows, RecordTableName } from './types.ts';

/**
 * Optimistic writes as an overlay on server state.
 *
 * Before a local mutator first changes a row, the row's server state (or its absence) is saved in
 * the `base` table. So at any moment: server state = record tables with every base row put back.
 * Applying a pull page (or dropping a refused mutation) reverts the overlay, writes the server's
 * changes, and re-runs the outbox's mutators on top, all in one transaction (docs/sync-protocol.md pull rule 4).
 * This also drops rows a mutator made with a local id for a record whose id the server assigns
 * (progress, rating, RSVP, check-in): their base is "absent", so the revert deletes them and the
 * re-run finds the server's row through the natural-key index instead.
 */
export interface MutatorTx {
  get<K extends RecordTableName>(table: K, id: string): Promise<RecordRows[K] | undefined>;
  /** first row whose `index` equals `key`, e.g. ('rsvps', '[eventId+userId]', [e, u]) */
  findBy<K extends RecordTableName>(
    table: K,
    index: string,
    key: IndexableType,
  ): Promise<RecordRows[K] | undefined>;
  /** every row whose `index` equals `key` */
  findAll<K extends RecordTableName>(
    table: K,
    index: string,
    key: IndexableType,
  ): Promise<RecordRows[K][]>;
  /** writes the row marked `pending` */
  put<K extends RecordTableName>(table: K, row: RecordRows[K]): Promise<void>;
  /** changes some fields of an existing row (no-op when it is missing), marked `pending` */
  patch<K extends RecordTableName>(
    table: K,
    id: string,
    changes: Partial<RecordRows[K]>,
  ): Promise<void>;
  delete(table: RecordTableName, id: string): Promise<void>;
}

const baseKey = (table: RecordTableName, id: string) => `${table}:${id}`;

/** Must run inside a Dexie rw transaction that includes the record tables and `base`. */
export function overlayTx(d: LianxinDB): MutatorTx {
  const remember = async (table: RecordTableName, id: string) => {
    const key = baseKey(table, id);
    if ((await d.base.get(key)) !== undefined) return;
    const current = await d.table<Record<string, unknown>, string>(table).get(id);
    await d.base.put({ key, table, rowId: id, row: current ?? null });
  };
  return {
    get: (table, id) => recordTable(d, table).get(id),
    findBy: (table, index, key) => recordTable(d, table).where(index).equals(key).first(),
    findAll: (table, index, key) => recordTable(d, table).where(index).equals(key).toArray(),
    async put(table, row) {
      await remember(table, row.id);
      await d.table(table).put({ ...row, pending: true });
    },
    async patch(table, id, changes) {
      const current = await recordTable(d, table).get(id);
      if (!current) return;
      await remember(table, id);
      await d.table(table).put({ ...current, ...changes, pending: true });
    },
    async delete(table, id) {
      await remember(table, id);
      await d.table(table).delete(id);
    },
  };
}

/** Puts every overlaid row back to its server state and forgets the overlay. */
export async function revertOverlay(d: LianxinDB): Promise<void> {
  const rows = await d.base.toArray();
  if (rows.length === 0) return;
  const byTable = new Map<RecordTableName, BaseRow[]>();
  for (const r of rows) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r]);
  for (const [table, list] of byTable) {
    const t = d.table<Record<string, unknown>, string>(table);
    const puts = list.flatMap((r) => (r.row ? [r.row] : []));
    const dels = list.filter((r) => r.row === null).map((r) => r.rowId);
    if (dels.length) await t.bulkDelete(dels);
    if (puts.length) await t.bulkPut(puts);
  }
  await d.base.clear();
}
