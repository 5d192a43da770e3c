import { defineMutation, Reject } from './types.ts';
import { canRate } from '../../shared/request-flow.ts';
import { awardPoints } from '../points/award.ts';
import { emitRequest, loadRequest } from './request-data.ts';
import { canReadRequest } from './request-access.ts';

export default defineMutation({
  name: 'request.rate',
  async authorize({ tx, viewer }, args) {
    const r = await loadRequest(tx, args.requestId);
    if (!r || !canReadRequest(viewer, r)) {
      throw new Reject('not_found', 'This request does not exist.');
    }
    if (r.user_id !== viewer.id) throw new Reject('forbidden', 'Only the requester rates it.');
  },
  async apply({ tx, now }, args) {
    const r = (await loadRequest(tx, args.requestId, true))!;
    if (!canRate(r.status)) {
      throw new Reject('invalid_transition', 'A request can be rated once it is resolved.');
    }
    // Last one wins.
    await tx.query(
      `UPDATE requests SET rating_score = $2, rating_comment = $3, updated_at = $4 WHERE id = $1`,
      [r.id, args.score, args.comment || null, now],
    );
    await emitRequest(tx, r.id);
    // The requester earns for a resolved request they rated, once (re-rating changes nothing).
    await awardPoints(tx, {
      userId: r.user_id,
      rule: 'request_rated',
      sourceType: 'request',
      sourceId: r.id,
      at: now,
      orgId: r.org_id,
    });
  },
});
