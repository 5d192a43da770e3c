import type { Mutator } from './types.ts';

export const requestComment: Mutator<'request.comment'> = async (tx, args, { user, now }) => {
  if (await tx.get('requestComments', args.id)) return;
  await tx.put('requestComments', {
    id: args.id,
    requestId: args.requestId,
    userId: user.id,
    authorName: user.name,
    body: args.body,
    createdAt: now,
    updatedAt: now,
  });
};
