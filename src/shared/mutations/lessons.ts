import * as z from 'zod/mini';
import { id, score } from './common.ts';

export const lessonProgress = z.strictObject({
  lessonId: id,
  position: z.number().check(z.minimum(0), z.maximum(24 * 3600)),
  completed: z.boolean(),
  /** optional knowledge-check result, scored on the phone */
  quizScore: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
});
export const lessonRate = z.strictObject({
  lessonId: id,
  score,
  comment: z.optional(z.string().check(z.trim(), z.maxLength(500))),
});
