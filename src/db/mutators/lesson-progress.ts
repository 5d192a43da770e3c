import { uuidv7 } from '../../shared/ids.ts';
import type { Mutator } from './types.ts';

export const lessonProgress: Mutator<'lesson.progress'> = async (tx, args, { user, now }) => {
  const current = await tx.findBy('lessonProgress', '[userId+lessonId]', [user.id, args.lessonId]);
  if (current) {
    // The server keeps the max position, and completed never reverts.
    await tx.patch('lessonProgress', current.id, {
      position: Math.max(current.position, args.position),
      completed: current.completed || args.completed,
      quizScore: args.quizScore ?? current.quizScore,
      updatedAt: now,
    });
    return;
  }
  // The server assigns the id; this local one lives until its row arrives (see overlay.ts).
  await tx.put('lessonProgress', {
    id: uuidv7(),
    userId: user.id,
    lessonId: args.lessonId,
    position: args.position,
    completed: args.completed,
    quizScore: args.quizScore ?? null,
    createdAt: now,
    updatedAt: now,
  });
};
