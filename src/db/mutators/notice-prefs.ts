import type { Mutator } from './types.ts';

/** The choice per kind: one row per user, keyed by the user's id; the last one sent wins. */
export const noticePrefs: Mutator<'notice.prefs'> = async (tx, args, { now, user }) => {
  await tx.put('noticePrefs', {
    id: user.id,
    userId: user.id,
    muted: [...new Set(args.muted)].sort(),
    updatedAt: now,
  });
};
