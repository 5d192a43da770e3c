import type { Queryable } from './db.ts';
import type { RecordType } from '../../shared/protocol.ts';
import type { RecordData } from '../../shared/record-schemas.ts';
import { CHANGES_CHANNEL, changeNote, type Touched } from './change-note.ts';

/**
 * The change log behind pull (docs/sync-protocol.md pull rules 1–3).
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
  /** a second org whose organizers (non-public audiences) also receive it: a transfer's other side */
  org2Id?: string | null;
  ownerId?: string | null;
  groupKey?: string | null;
}

/** A record's latest state: its `data` has the shape of its type's schema (shared/record-schemas.ts). */
export type PutChange = {
  [T in RecordType]: Audienced & { type: T; id: string; data: RecordData<T> };
}[RecordType];

export type LogChange =
  | PutChange
  | { type: RecordType; id: string; deleted: true }
  /** A version with no record: a row nobody pulls, written so that the commit moves the version
   * (see CLIENT_MARKER); `userId` only decides whose live streams hear of it. */
  | { type: typeof CLIENT_MARKER; id: string; marker: true; userId: string };

/**
 * The type of the hidden sync_log row each clientId has: a push that moves its lastSeq, or claims
 * it, rewrites the row, so such a commit draws a version like any other. Pull's idle shortcut
 * (src/server/replication/idle-pull.ts) relies on this: "no new version" then also means "no
 * new lastSeq". The row has no org, no owner and is a tombstone, so no pull ever returns it.
 */
export const CLIENT_MARKER = 'sync_client';

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

/**
 * Writes the buffered changes; returns the change note it sent, null when nothing was written.
 *
 * Bulk-minded (an import publishes 20,000 records in one commit): the whole batch is one JSON
 * parameter read with json_to_recordset (PGlite's encoder escapes a text[] parameter element by
 * element, which cost seconds for large batches; one JSON text is copied as it is), and the
 * versions are one block drawn from the sequence under the lock, the n-th record getting the
 * n-th version of it, in the order the records were last touched.
 */
export async function flushChanges(q: Queryable, buffer: ChangeBuffer): Promise<string | null> {
  if (buffer.size === 0) return null;
  const changes = buffer.drain();
  await q.query('SELECT pg_advisory_xact_lock($1)', [VERSION_LOCK]);
  const puts = changes.filter((c): c is PutChange => 'data' in c);
  const dels = changes.filter((c) => 'deleted' in c);
  const markers = changes.filter((c) => 'marker' in c);
  // Pull rule 3: drawn only now, holding the lock. A tombstone of a record that was never
  // published uses no version of its block: a gap, as a rolled-back transaction leaves.
  const [block] = await q.query<{ last: number }>(
    `SELECT setval('sync_version', nextval('sync_version') + $1 - 1) AS last`,
    [changes.length],
  );
  const first = block!.last - changes.length + 1;
  let highest = 0;
  const touched: Touched[] = [];
  for (const c of puts) {
    touched.push({
      orgId: c.orgId,
      ownerId: c.ownerId ?? null,
      groupKey: c.groupKey ?? null,
      everyone: c.audience === 'everyone',
    });
    if (c.org2Id) touched.push({ orgId: c.org2Id, ownerId: null, groupKey: null });
  }
  for (const c of markers) touched.push({ orgId: null, ownerId: c.userId, groupKey: null });
  if (puts.length) {
    await q.query(
      `INSERT INTO sync_log (type, id, version, audience, org_id, owner_id, group_key, data, deleted, org2_id)
       SELECT t.type, t.id, $2::bigint + t.n - 1, t.audience, t.org_id, t.owner_id, t.group_key, t.data, false, t.org2_id
         FROM ROWS FROM (json_to_recordset($1::json) AS (type text, id uuid, audience text,
                org_id uuid, owner_id uuid, group_key text, data jsonb, org2_id uuid))
              WITH ORDINALITY AS t(type, id, audience, org_id, owner_id, group_key, data, org2_id, n)
       ON CONFLICT (type, id) DO UPDATE SET version = excluded.version, audience = excluded.audience,
         org_id = excluded.org_id, owner_id = excluded.owner_id, group_key = excluded.group_key,
         data = excluded.data, deleted = false, org2_id = excluded.org2_id`,
      [
        JSON.stringify(
          puts.map((c) => ({
            type: c.type,
            id: c.id,
            audience: c.audience,
            org_id: c.orgId,
            owner_id: c.ownerId ?? null,
            group_key: c.groupKey ?? null,
            data: c.data,
            org2_id: c.org2Id ?? null,
          })),
        ),
        first,
      ],
    );
    highest = first + puts.length - 1;
  }
  if (dels.length) {
    // A tombstone keeps the visibility columns it had, so everyone who held the record hears of its end.
    const rows = await q.query<{
      version: number;
      org_id: string | null;
      owner_id: string | null;
      group_key: string | null;
      audience: Audience;
      org2_id: string | null;
    }>(
      `UPDATE sync_log s SET version = $2::bigint + t.n - 1, deleted = true, data = NULL
         FROM ROWS FROM (json_to_recordset($1::json) AS (type text, id uuid))
              WITH ORDINALITY AS t(type, id, n)
        WHERE s.type = t.type AND s.id = t.id
        RETURNING s.version, s.org_id, s.owner_id, s.group_key, s.audience, s.org2_id`,
      [JSON.stringify(dels.map((c) => ({ type: c.type, id: c.id }))), first + puts.length],
    );
    for (const r of rows) {
      highest = Math.max(highest, r.version);
      touched.push({
        orgId: r.org_id,
        ownerId: r.owner_id,
        groupKey: r.group_key,
        everyone: r.audience === 'everyone',
      });
      if (r.org2_id) touched.push({ orgId: r.org2_id, ownerId: null, groupKey: null });
    }
  }
  if (markers.length) {
    const base = first + puts.length + dels.length;
    await q.query(
      `INSERT INTO sync_log (type, id, version, audience, deleted)
       SELECT $1, t.id, $3::bigint + t.n - 1, 'organizers', true
         FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, n)
       ON CONFLICT (type, id) DO UPDATE SET version = excluded.version`,
      [CLIENT_MARKER, markers.map((c) => c.id), base],
    );
    highest = base + markers.length - 1;
  }
  if (!highest) return null;
  const note = changeNote(highest, touched);
  // Delivered to every listening server process when (and only if) this transaction commits;
  // notifications arrive in commit order (docs/sync-protocol.md, Live).
  await q.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, note]);
  return note;
}
