import type { Mutator } from './types.ts';

/**
 * A hidden post leaves the wall at once and joins the organizer's list of hidden posts (where it
 * can be put back); the server's tombstone removes it from everyone else's wall.
 */
export const wallHide: Mutator<'wall.hide'> = async (tx, args, { user, now }) => {
  const post = await tx.get('wallPosts', args.postId);
  if (!post) return;
  await tx.delete('wallPosts', args.postId);
  const { pending: _pending, ...shown } = post;
  await tx.put('hiddenWallPosts', { ...shown, hiddenAt: now, hiddenByName: user.name });
};
