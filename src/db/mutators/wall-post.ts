import type { Mutator } from './types.ts';

export const wallPost: Mutator<'wall.post'> = async (tx, args, { user, now }) => {
  if (await tx.get('wallPosts', args.id)) return;
  await tx.put('wallPosts', {
    id: args.id,
    eventId: args.eventId,
    userId: user.id,
    authorName: user.name,
    body: args.body,
    createdAt: now,
    updatedAt: now,
  });
};
