import { uuidv7 } from '../../shared/ids.ts';
import type { Mutator } from './types.ts';

export const lessonRate: Mutator<'lesson.rate'> = async (tx, args, { user, now }) => {
  const comment = args.comment || null;
  const current = await tx.findBy('lessonRatings', '[userId+lessonId]', [user.id, args.lessonId]);
  if (current) {
    // One rating per member and lesson, last one wins.
    await tx.patch('lessonRatings', current.id, { score: args.score, comment, updatedAt: now });
    return;
  }
  await tx.put('lessonRatings', {
    id: uuidv7(),
    userId: user.id,
    lessonId: args.lessonId,
    score: args.score,
    comment,
    createdAt: now,
    updatedAt: now,
  });
};
