import type { Mutator } from './types.ts';

/** A hidden post leaves the wall at once; the server's tombstone removes it everywhere else. */
export const wallHide: Mutator<'wall.hide'> = async (tx, args) => {
  if (await tx.get('wallPosts', args.postId)) await tx.delete('wallPosts', args.postId);
};
