import { defineMutation, Reject } from './types.ts';
import { canCancel } from '../../shared/request-flow.ts';
import { changeStatus, loadRequest } from './request-data.ts';
import { canReadRequest } from './request-access.ts';

export default defineMutation({
  name: 'request.cancel',
  async authorize({ tx, viewer }, args) {
    const r = await loadRequest(tx, args.requestId);
    if (!r || !canReadRequest(viewer, r)) {
      throw new Reject('not_found', 'This request does not exist.');
    }
    if (r.user_id !== viewer.id) throw new Reject('forbidden', 'Only the requester can cancel it.');
  },
  async apply({ tx, viewer, now }, args) {
    const r = (await loadRequest(tx, args.requestId, true))!;
    if (r.status === 'cancelled') return; // cancelling twice changes nothing
    if (!canCancel(r.status)) {
      throw new Reject(
        'invalid_transition',
        `A request that is ${r.status.replace('_', ' ')} can no longer be cancelled.`,
      );
    }
    await changeStatus(tx, r, 'cancelled', viewer, null, now);
  },
});
