import type { Mutator } from './types.ts';

/** Puts a hidden post back on the wall at once (the undo of wall.hide). */
export const wallUnhide: Mutator<'wall.unhide'> = async (tx, args) => {
  const hidden = await tx.get('hiddenWallPosts', args.postId);
  if (!hidden) return;
  await tx.delete('hiddenWallPosts', args.postId);
  const { pending: _pending, hiddenAt: _at, hiddenByName: _by, ...post } = hidden;
  await tx.put('wallPosts', post);
};
