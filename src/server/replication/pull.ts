import type { Db } from '../database/db.ts';
import type { Viewer } from '../auth/viewer.ts';
import { ApiError } from '../http/errors.ts';
import type { Change, PullResponse, RecordType } from '../../shared/protocol.ts';
import { auditCandidateReads } from '../accounts/candidate-reads.ts';
import { clientBinding, decodeCursor, encodeCursor, visibilityHash } from './cursor.ts';

/**
 * docs/sync-protocol.md pull rule 2, as one predicate over sync_log:
 * - public records published at the viewer's org or an ancestor (organizers/admins: also below);
 * - the viewer's own records;
 * - private and organizer-only records of the orgs an organizer/admin manages (by either of a
 *   record's two orgs: a transfer belongs to its sending and its receiving side);
 * - private records of the staff groups the viewer belongs to;
 * - records for everyone signed in (the service groups).
 */
export const VISIBLE = `(
     audience = 'everyone'
  OR (audience = 'public' AND (org_id = ANY($2::uuid[]) OR org_id = ANY($3::uuid[])))
  OR owner_id = $1
  OR (audience <> 'public' AND org_id = ANY($3::uuid[]))
  OR (audience <> 'public' AND org2_id = ANY($3::uuid[]))
  OR (audience = 'private' AND group_key = ANY($4::text[]))
)`;

export function visibilityParams(v: Viewer): unknown[] {
  return [v.id, v.orgPath, v.managedOrgs, v.groups];
}

export async function pull(
  db: Db,
  viewer: Viewer,
  clientId: string,
  cursor: string | undefined,
  limit: number,
): Promise<PullResponse> {
  // Changes and lastSeq come from one snapshot, so the app never trims an outbox entry whose
  // effect it has not received (docs/sync-protocol.md "Known pitfalls").
  return db.tx(
    async (tx) => {
      const [epoch] = await tx.query<{ value: string }>(
        `SELECT value FROM app_meta WHERE key = 'sync_epoch'`,
      );
      const hash = visibilityHash(viewer, epoch?.value ?? '');
      const decoded = cursor === undefined ? { v: 0, h: hash } : decodeCursor(cursor);
      let reset = !decoded || decoded.h !== hash;
      let from = reset || !decoded ? 0 : decoded.v;
      const [client] = await tx.query<{ user_id: string; last_seq: number }>(
        'SELECT user_id, last_seq FROM sync_clients WHERE client_id = $1',
        [clientId],
      );
      if (client && client.user_id !== viewer.id) {
        throw new ApiError(403, 'forbidden', 'This clientId belongs to another user.');
      }
      // The highest version committed in this snapshot (visible to this viewer or not).
      const [{ max } = { max: 0 }] = await tx.query<{ max: number }>(
        'SELECT coalesce(max(version), 0)::bigint AS max FROM sync_log',
      );
      if (!reset && from > max) {
        // A cursor from the future (the server was restored from an older backup) cannot be trusted.
        reset = true;
        from = 0;
      }
      // From the beginning a phone holds nothing, so tombstones would only cost bytes.
      const rows = await tx.query<{
        type: RecordType;
        id: string;
        version: number;
        deleted: boolean;
        data: Record<string, unknown> | null;
      }>(
        `SELECT type, id, version, deleted, data FROM sync_log
          WHERE version > $5 AND ($5 > 0 OR NOT deleted) AND ${VISIBLE}
          ORDER BY version LIMIT $6`,
        [...visibilityParams(viewer), from, limit + 1],
      );
      const hasMore = rows.length > limit;
      const page = hasMore ? rows.slice(0, limit) : rows;
      const changes: Change[] = page.map((r) =>
        r.deleted || !r.data
          ? { type: r.type, op: 'del', id: r.id }
          : { type: r.type, op: 'put', id: r.id, data: r.data },
      );
      await auditCandidateReads(tx, viewer, clientId, page);
      const last = page.at(-1)?.version ?? from;
      const lastSeq = client?.last_seq ?? 0;
      const res: PullResponse = {
        // The last page remembers this snapshot, so the next poll may skip the database.
        cursor: encodeCursor(
          last,
          hash,
          hasMore ? undefined : { m: max, s: lastSeq, c: clientBinding(viewer.id, clientId) },
        ),
        hasMore,
        reset,
        lastSeq,
        changes,
      };
      if (from === 0) {
        // A first sync shows real progress: how many records this whole pull will bring.
        res.total = hasMore
          ? (
              await tx.query<{ n: number }>(
                `SELECT count(*)::int AS n FROM sync_log WHERE NOT deleted AND ${VISIBLE}`,
                visibilityParams(viewer),
              )
            )[0]!.n
          : changes.length;
      }
      return res;
    },
    { isolation: 'repeatable read' },
  );
}
