import * as z from 'zod/mini';
import { VISIT_KINDS } from './rules.ts';
import { REVIEW_OUTCOMES } from './duties.ts';

/**
 * Records of instructors' work as pull sends them (docs/sync-protocol.md, "Record shapes in
 * pull"). `visit` goes to the firm's instructor, organizers above the firm and admins; `worklog`
 * to its instructor and organizers above the instructor's org; `visit_settings` is public at its
 * district.
 */
const stamps = { createdAt: z.string(), updatedAt: z.string() };

export const visitRecord = z.object({
  id: z.string(),
  firmId: z.string(),
  firmName: z.string(),
  /** the firm's org when the visit was logged */
  orgId: z.string(),
  /** who logged it */
  userId: z.string(),
  authorName: z.string(),
  /** the firm's instructor when the visit was logged (null: none was named) */
  instructorId: z.nullable(z.string()),
  at: z.string(),
  kind: z.enum(VISIT_KINDS),
  notes: z.string(),
  met: z.nullable(z.string()),
  answers: z.array(z.object({ questionId: z.string(), question: z.string(), answer: z.string() })),
  /** the requests its problems became */
  requestIds: z.array(z.string()),
  /** its photos, each read from `url` with the bearer token (absent in records stored before photos) */
  photos: z.optional(z.array(z.object({ id: z.string(), mime: z.string(), url: z.string() }))),
  ...stamps,
});
export type VisitRecord = z.infer<typeof visitRecord>;

export const worklogRecord = z.object({
  id: z.string(),
  userId: z.string(),
  authorName: z.string(),
  /** the instructor's org */
  orgId: z.string(),
  month: z.string(),
  body: z.string(),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.nullable(z.string()),
  ...stamps,
});
export type WorklogRecord = z.infer<typeof worklogRecord>;

/** Its id is the district's org id. */
export const visitSettingsRecord = z.object({
  id: z.string(),
  orgId: z.string(),
  intervalDays: z.number(),
  questions: z.array(z.object({ id: z.string(), text: z.string() })),
  ...stamps,
});
export type VisitSettingsRecord = z.infer<typeof visitSettingsRecord>;

/**
 * A group discussion (座谈会) of an instructor with their firms. It goes to the instructor and to
 * the organizers above all its firms (`orgId`, the nearest org above every one of them).
 */
export const discussionRecord = z.object({
  id: z.string(),
  instructorId: z.string(),
  instructorName: z.string(),
  /** the nearest org above all its firms when it was saved */
  orgId: z.string(),
  at: z.string(),
  place: z.string(),
  topic: z.string(),
  firmIds: z.array(z.string()),
  firmNames: z.array(z.string()),
  /** the minutes, once it took place */
  notes: z.string(),
  held: z.boolean(),
  /** who saved it last */
  userId: z.string(),
  authorName: z.string(),
  ...stamps,
});
export type DiscussionRecord = z.infer<typeof discussionRecord>;

/** The yearly review of an instructor: for the organizers above the instructor, and the instructor. */
export const instructorReviewRecord = z.object({
  id: z.string(),
  year: z.number(),
  instructorId: z.string(),
  instructorName: z.string(),
  /** the instructor's org */
  orgId: z.string(),
  outcome: z.enum(REVIEW_OUTCOMES),
  notes: z.string(),
  /** the reviewer */
  userId: z.string(),
  reviewerName: z.string(),
  ...stamps,
});
export type InstructorReviewRecord = z.infer<typeof instructorReviewRecord>;
