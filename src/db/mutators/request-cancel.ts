import { changeStatus } from './request-timeline.ts';
import type { Mutator } from './types.ts';
import { canCancel } from '../../shared/request-flow.ts';

export const requestCancel: Mutator<'request.cancel'> = async (tx, args, ctx) => {
  const request = await tx.get('requests', args.requestId);
  // Only the requester, and only before it is resolved (docs/sync-protocol.md mutations table).
  if (!request || request.userId !== ctx.user.id || !canCancel(request.status)) return;
  await changeStatus(tx, ctx, args.requestId, 'cancelled', null);
};
