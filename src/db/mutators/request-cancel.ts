import { changeStatus } from './request-timeline.ts';
import type { Mutator } from './types.ts';

const CANCELLABLE = new Set(['submitted', 'accepted', 'in_progress']);

export const requestCancel: Mutator<'request.cancel'> = async (tx, args, ctx) => {
  const request = await tx.get('requests', args.requestId);
  // Only the requester, and only before it is resolved (SYNC.md mutations table).
  if (!request || request.userId !== ctx.user.id || !CANCELLABLE.has(request.status)) return;
  await changeStatus(tx, ctx, args.requestId, 'cancelled', null);
};
