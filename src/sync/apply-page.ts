import Dexie from 'dexie';
import type { Change, PullResponse } from '../shared/protocol.ts';
import { RECORD_TABLES, TYPE_TABLE, type LianxinDB } from '../db/db.ts';
import { META, readString, writeMeta } from '../db/meta.ts';
import { confirmSeq } from '../db/outbox.ts';
import { reapplyOutbox } from '../db/rebase.ts';
import { clearRecords } from '../db/clear-records.ts';
import { revertOverlay } from '../db/overlay.ts';
import type { SessionUser } from '../shared/protocol.ts';
import type { RecordTableName } from '../db/types.ts';

export interface PageInput {
  user: SessionUser;
  clientId: string;
  /** the cursor the page was requested with (null: from the beginning) */
  sentCursor: string | null;
  page: PullResponse;
  /** drop every record first (a reset, docs/sync-protocol.md pull rule 5) */
  clear: boolean;
}

const isKnownType = (t: string): t is keyof typeof TYPE_TABLE => Object.hasOwn(TYPE_TABLE, t);

/** Last change per record wins, grouped by table, so each table takes one bulkPut and one bulkDelete. */
function groupByTable(changes: readonly Change[]) {
  const tables = new Map<RecordTableName, Map<string, Change>>();
  for (const c of changes) {
    if (!isKnownType(c.type)) continue; // a type this build does not know yet (pull rule 1)
    const table = TYPE_TABLE[c.type];
    const byId = tables.get(table) ?? new Map<string, Change>();
    byId.set(c.id, c);
    tables.set(table, byId);
  }
  return tables;
}

/**
 * Applies one pull page in ONE transaction: server changes, cursor, and on the last page the outbox
 * trim (pull rule 4) with the remaining queue re-applied on top. A live query sees the state before
 * or after, never between. Returns false when the page was dropped because the stored cursor (or
 * the signed-in user) changed while it was in flight (another tab synced first).
 */
export async function applyPage(d: LianxinDB, input: PageInput): Promise<boolean> {
  const { user, clientId, sentCursor, page, clear } = input;
  const grouped = groupByTable(page.changes);
  return d.transaction('rw', d.tables, async () => {
    if ((await readString(d, META.cursor)) !== sentCursor) return false;
    if ((await readString(d, META.dataUser)) !== user.id) return false;
    await revertOverlay(d);
    if (clear) await Promise.all(RECORD_TABLES.map((t) => d.table(t).clear()));
    for (const [table, byId] of grouped) {
      const puts: Record<string, unknown>[] = [];
      const dels: string[] = [];
      for (const c of byId.values()) {
        if (c.op === 'put') puts.push({ ...c.data, id: c.id });
        else dels.push(c.id);
      }
      const t = d.table<Record<string, unknown>, string>(table);
      if (dels.length) await t.bulkDelete(dels);
      if (puts.length) await t.bulkPut(puts);
    }
    await writeMeta(d, META.cursor, page.cursor);
    // lastSeq describes the whole pull range; only its last page has delivered every effect.
    if (!page.hasMore && (await readString(d, META.clientId(user.id))) === clientId) {
      await d.outbox
        .where('[clientId+seq]')
        .between([clientId, Dexie.minKey], [clientId, page.lastSeq], true, true)
        .delete();
      await confirmSeq(d, clientId, page.lastSeq);
    }
    await reapplyOutbox(d, user);
    return true;
  });
}

/** docs/sync-protocol.md pull rule 5: forget every record and the cursor, keep (and still show) the outbox. */
export async function resetRecords(d: LianxinDB, user: SessionUser, sentCursor: string | null) {
  return d.transaction('rw', d.tables, async () => {
    if ((await readString(d, META.cursor)) !== sentCursor) return false;
    if ((await readString(d, META.dataUser)) !== user.id) return false;
    await clearRecords(d);
    await reapplyOutbox(d, user);
    return true;
  });
}
