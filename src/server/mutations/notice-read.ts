import { defineMutation, Reject } from './types.ts';
import { VISIBLE, visibilityParams } from '../replication/pull.ts';
import { emitRead } from '../notices/notice-data.ts';

/**
 * Read marks, shared by all of a user's devices (docs/notices.md). Each id names a notice the
 * user may see, or the party day or lesson of a reminder the phone made; visibility is pull's own
 * predicate, so whatever the phone holds it may mark. Marking again changes nothing.
 */
export default defineMutation({
  name: 'notice.read',
  async authorize({ tx, viewer }, args) {
    const ids = [...new Set(args.noticeIds)];
    const seen = await tx.query<{ id: string }>(
      `SELECT id FROM sync_log
        WHERE type IN ('notice', 'event', 'lesson') AND id = ANY($5::uuid[]) AND NOT deleted
          AND ${VISIBLE}`,
      [...visibilityParams(viewer), ids],
    );
    if (seen.length !== ids.length) {
      throw new Reject('not_found', 'A notice to mark read does not exist or is not yours.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    const fresh = await tx.query<{ notice_id: string }>(
      `INSERT INTO notice_reads (user_id, notice_id, read_at)
       SELECT $1, unnest($2::uuid[]), $3
       ON CONFLICT (user_id, notice_id) DO NOTHING
       RETURNING notice_id`,
      [viewer.id, [...new Set(args.noticeIds)], now],
    );
    for (const r of fresh) emitRead(tx, viewer.id, r.notice_id, now);
  },
});
