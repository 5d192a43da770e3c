import type { Mutator } from './types.ts';

/**
 * A read mark shows at once, under a local id; the server's mark (its id a hash of user and
 * notice) replaces it when the push is confirmed. Reading again adds nothing.
 */
export const noticeRead: Mutator<'notice.read'> = async (tx, args, { now, user }) => {
  for (const noticeId of new Set(args.noticeIds)) {
    if (await tx.findBy('noticeReads', 'noticeId', noticeId)) continue;
    await tx.put('noticeReads', {
      id: `local:${noticeId}`,
      userId: user.id,
      noticeId,
      readAt: now,
    });
  }
};
