import * as z from 'zod/mini';
import { freeText, id, isoTime, score, str, text } from './common.ts';
import { MAX_LESSON_MINUTES } from '../records.ts';

export const LESSON_SERIES = ['lunch', 'weekend', 'film', 'forum'] as const;

export { MAX_MEDIA_BYTES, MEDIA_MIME, type MediaMime } from '../media.ts';
/** A media id is the SHA-256 of its bytes, in hex: content-addressed, so its URL is immutable. */
export const mediaId = str(z.regex(/^[0-9a-f]{64}$/));
export const MEDIA_URL_RE = /\/api\/media\/([0-9a-f]{64})/g;

export const lessonProgress = z.strictObject({
  lessonId: id,
  position: z.number().check(z.minimum(0), z.maximum(24 * 3600)),
  completed: z.boolean(),
  /** optional knowledge-check result, scored on the phone */
  quizScore: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
});
export const lessonRate = z.strictObject({
  lessonId: id,
  /** the lesson's content */
  score,
  /** the speaker (满意度测评 rates both); optional for older clients */
  speakerScore: z.optional(score),
  comment: z.optional(freeText(500)),
});

export const quizQuestion = z.strictObject({
  q: text(200),
  options: z.array(text(100)).check(z.minLength(2), z.maxLength(6)),
  answer: z.int().check(z.minimum(0), z.maximum(5)),
});

/** Organizer: publish a new lesson or edit one (by its client-made id), offline like any write. */
export const lessonSave = z.strictObject({
  id,
  orgId: id,
  series: z.enum(LESSON_SERIES),
  title: text(80),
  speaker: text(40),
  summary: freeText(300),
  body: str(z.maxLength(20_000)),
  tags: z.array(text(16)).check(z.maxLength(8)),
  durationMin: z.int().check(z.minimum(1), z.maximum(MAX_LESSON_MINUTES)),
  scheduledAt: z.nullable(isoTime),
  venue: z.nullable(freeText(80)),
  mediaId: z.nullable(mediaId),
  quiz: z.array(quizQuestion).check(z.maxLength(10)),
});
export const lessonWithdraw = z.strictObject({ lessonId: id });
