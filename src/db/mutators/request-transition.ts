import { changeStatus } from './request-timeline.ts';
import { canMove } from '../../shared/request-flow.ts';
import type { Mutator } from './types.ts';

export const requestTransition: Mutator<'request.transition'> = async (tx, args, ctx) => {
  const request = await tx.get('requests', args.requestId);
  // An illegal transition is the server's `invalid_transition`: show nothing that will be refused.
  if (!request || !canMove(request.status, args.to)) return;
  const extra = {
    ...(args.to === 'accepted' ? { acceptedAt: ctx.now, assigneeId: ctx.user.id } : {}),
    ...(args.to === 'resolved' ? { resolvedAt: ctx.now } : {}),
  };
  await changeStatus(tx, ctx, args.requestId, args.to, args.note || null, extra);
};
