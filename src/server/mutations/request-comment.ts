import { noticeRequestComment } from '../notices/automatic.ts';
import { defineMutation, Reject } from './types.ts';
import { one } from './records.ts';
import { emitRequestComment, loadRequest } from './request-data.ts';
import { isGroupStaff, managesRequest } from './request-access.ts';

export default defineMutation({
  name: 'request.comment',
  async authorize({ tx, viewer }, args) {
    const r = await loadRequest(tx, args.requestId);
    // Someone who may not read the request does not learn that it exists.
    if (!r) throw new Reject('not_found', 'This request does not exist.');
    if (r.user_id !== viewer.id && !isGroupStaff(viewer, r) && !managesRequest(viewer, r)) {
      throw new Reject('not_found', 'This request does not exist.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    const prior = await one<{ user_id: string; request_id: string }>(
      tx,
      'SELECT user_id, request_id FROM request_comments WHERE id = $1',
      [args.id],
    );
    // docs/sync-protocol.md push rule 7: the same comment again changes nothing; someone else's id is a conflict.
    if (prior && prior.user_id === viewer.id && prior.request_id === args.requestId) return;
    if (prior) throw new Reject('conflict', 'This id belongs to another record.');
    await tx.query(
      `INSERT INTO request_comments (id, request_id, user_id, body, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5)`,
      [args.id, args.requestId, viewer.id, args.body, now],
    );
    await emitRequestComment(tx, args.id);
    await noticeRequestComment(tx, args.requestId, viewer.id, args.body, now);
  },
});
