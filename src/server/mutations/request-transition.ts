import { defineMutation, Reject } from './types.ts';
import { canMove, needsNote } from '../../shared/request-flow.ts';
import { one } from './records.ts';
import { changeStatus, loadRequest } from './request-data.ts';
import { canReadRequest, isGroupStaff } from './request-access.ts';

export default defineMutation({
  name: 'request.transition',
  async authorize({ tx, viewer }, args) {
    const r = await loadRequest(tx, args.requestId);
    if (!r || !canReadRequest(viewer, r)) {
      throw new Reject('not_found', 'This request does not exist.');
    }
    if (!isGroupStaff(viewer, r)) {
      throw new Reject('forbidden', 'Only staff of this service group handle the request.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    // The row lock orders two staff acting on one request at once, on any replica.
    const r = (await loadRequest(tx, args.requestId, true))!;
    if (r.status === args.to) {
      // A resend of this user's own step (new clientId, docs/sync-protocol.md push rule 8) changes nothing.
      const mine = await one(
        tx,
        'SELECT 1 FROM request_events WHERE request_id = $1 AND to_status = $2 AND user_id = $3',
        [r.id, args.to, viewer.id],
      );
      if (mine) return;
    }
    if (!canMove(r.status, args.to)) {
      throw new Reject(
        'invalid_transition',
        `A request that is ${r.status.replace('_', ' ')} cannot become ${args.to.replace('_', ' ')}.`,
      );
    }
    if (needsNote(args.to) && !args.note) {
      throw new Reject('invalid_request', 'Say why the request is rejected.');
    }
    await changeStatus(tx, r, args.to, viewer, args.note || null, now);
  },
});
