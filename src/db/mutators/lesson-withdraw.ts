import type { Mutator } from './types.ts';

/** The lesson leaves the organizer's phone at once; members' phones drop it at their next pull. */
export const lessonWithdraw: Mutator<'lesson.withdraw'> = async (tx, args) => {
  await tx.delete('lessons', args.lessonId);
};
