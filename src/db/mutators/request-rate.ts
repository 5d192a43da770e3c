import type { Mutator } from './types.ts';
import { canRate } from '../../shared/request-flow.ts';

export const requestRate: Mutator<'request.rate'> = async (tx, args, { user, now }) => {
  const request = await tx.get('requests', args.requestId);
  if (!request || request.userId !== user.id || !canRate(request.status)) return;
  // Last one wins.
  await tx.patch('requests', args.requestId, {
    rating: { score: args.score, comment: args.comment || null },
    updatedAt: now,
  });
};
