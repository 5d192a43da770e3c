import type { Queryable } from './db.ts';
import type { RecordType } from '../../shared/protocol.ts';
import type { RecordData } from '../../shared/record-schemas.ts';

/**
 * The change log behind pull (SYNC.md pull rules 1–3).
 *
 * Every syncable record has one row in `sync_log` keyed by (type, id): its latest state (or a
 * tombstone), the columns pull filters visibility on, and `version`, the position the pull cursor
 * walks. Writing the latest state in place gives rule 1 (a record once per range, latest only).
 *
 * Rule 3, why versions can never be skipped: a plain sequence is drawn when a statement runs, but
 * transactions commit in another order, so a reader could see version 12 committed while 11 is
 * still in flight, move its cursor past 11 and never see it. Here every transaction draws its
 * versions only at its very end, *after* taking one transaction-scoped advisory lock
 * (`pg_advisory_xact_lock(VERSION_LOCK)`), and keeps that lock until COMMIT. So the transactions
 * that write versions do so one at a time in commit order: whoever draws a version has committed
 * every smaller one already, or is the transaction holding the lock, whose versions are all larger
 * than every committed one. A reader's snapshot therefore always sees a gap-free prefix of the
 * version order, and `version > cursor` never skips a change. The lock lives in PostgreSQL, so it
 * holds across any number of server replicas; it is held only for the few statements of the flush.
 */
export const VERSION_LOCK = 7_270_001;

export type Audience = 'public' | 'private' | 'organizers' | 'everyone';

/** Who receives a record (pull rule 2): the columns pull filters visibility on. */
interface Audienced {
  /** public: everyone at orgId and below; private: owner, organizers above orgId, staff of groupKey;
   * organizers: organizers of orgId and its ancestors only; everyone: every signed-in user. */
  audience: Audience;
  orgId: string | null;
  ownerId?: string | null;
  groupKey?: string | null;
}

/** A record's latest state: its `data` has the shape of its type's schema (shared/record-schemas.ts). */
export type PutChange = {
  [T in RecordType]: Audienced & { type: T; id: string; data: RecordData<T> };
}[RecordType];

export type LogChange = PutChange | { type: RecordType; id: string; deleted: true };

export class ChangeBuffer {
  private items: LogChange[] = [];
  add(c: LogChange) {
    this.items.push(c);
  }
  mark() {
    return this.items.length;
  }
  rewind(mark: number) {
    this.items.length = mark;
  }
  get size() {
    return this.items.length;
  }
  /** Latest change per record, in the order each record was last touched. */
  drain(): LogChange[] {
    const latest = new Map<string, LogChange>();
    for (const c of this.items) {
      const key = `${c.type}:${c.id}`;
      latest.delete(key);
      latest.set(key, c);
    }
    this.items = [];
    return [...latest.values()];
  }
}

export async function flushChanges(q: Queryable, buffer: ChangeBuffer): Promise<void> {
  if (buffer.size === 0) return;
  const changes = buffer.drain();
  await q.query('SELECT pg_advisory_xact_lock($1)', [VERSION_LOCK]);
  const puts = changes.filter((c): c is PutChange => !('deleted' in c));
  const dels = changes.filter((c) => 'deleted' in c);
  if (puts.length) {
    await q.query(
      `INSERT INTO sync_log (type, id, version, audience, org_id, owner_id, group_key, data, deleted)
       SELECT t.type, t.id, nextval('sync_version'), t.audience, t.org_id, t.owner_id, t.group_key, t.data::jsonb, false
         FROM unnest($1::text[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[], $6::text[], $7::text[])
              WITH ORDINALITY AS t(type, id, audience, org_id, owner_id, group_key, data, n)
        ORDER BY t.n
       ON CONFLICT (type, id) DO UPDATE SET version = excluded.version, audience = excluded.audience,
         org_id = excluded.org_id, owner_id = excluded.owner_id, group_key = excluded.group_key,
         data = excluded.data, deleted = false`,
      [
        puts.map((c) => c.type),
        puts.map((c) => c.id),
        puts.map((c) => c.audience),
        puts.map((c) => c.orgId),
        puts.map((c) => c.ownerId ?? null),
        puts.map((c) => c.groupKey ?? null),
        puts.map((c) => JSON.stringify(c.data)),
      ],
    );
  }
  if (dels.length) {
    // A tombstone keeps the visibility columns it had, so everyone who held the record hears of its end.
    await q.query(
      `UPDATE sync_log SET version = nextval('sync_version'), deleted = true, data = NULL
        WHERE (type, id) IN (SELECT * FROM unnest($1::text[], $2::uuid[]))`,
      [dels.map((c) => c.type), dels.map((c) => c.id)],
    );
  }
}
