import * as z from 'zod/mini';
import { SERVICE_GROUPS } from '../groups.ts';
import { freeText, id, isoTime, str, text } from './common.ts';
import { MAX_PHOTOS, photo } from './requests.ts';
import {
  MAX_CONTACT_DAYS,
  MAX_OPINION_QUESTIONS,
  MAX_VISIT_PROBLEMS,
  MIN_CONTACT_DAYS,
  VISIT_KINDS,
  isMonth,
} from '../visits/rules.ts';
import { MAX_DISCUSSION_FIRMS, REVIEW_OUTCOMES } from '../visits/duties.ts';

/**
 * Instructors' work (docs/sync-protocol.md, "Mutations, v1.1"; docs/organisation.md). `visit.log`
 * takes the contract's args; `met`, `answers` and `photos` are additions, optional, so a phone
 * sending only the contract's args is understood.
 */

const questionId = str(
  z.regex(/^[a-z0-9_-]{1,40}$/, 'A question id is 1–40 of a-z, 0-9, _ and -.'),
);

export const visitProblem = z.strictObject({
  id,
  category: z.enum(SERVICE_GROUPS),
  title: text(80),
  body: text(2000),
});

export const visitAnswer = z.strictObject({
  questionId,
  /** the question as it was asked (the district may reword it later) */
  question: text(200),
  answer: freeText(500),
});

export const visitLog = z.strictObject({
  id,
  firmId: id,
  at: isoTime,
  kind: z.enum(VISIT_KINDS),
  notes: freeText(2000),
  problems: z.optional(z.array(visitProblem).check(z.maxLength(MAX_VISIT_PROBLEMS))),
  /** who was met (names and posts) */
  met: z.optional(freeText(200)),
  answers: z.optional(z.array(visitAnswer).check(z.maxLength(MAX_OPINION_QUESTIONS))),
  /** photos taken on the visit: compressed on the phone, as a request's are */
  photos: z.optional(z.array(photo).check(z.maxLength(MAX_PHOTOS))),
});

const month = str(z.refine(isMonth, 'A month is YYYY-MM.'));

/** The instructor's monthly work log (工作日志): saved as a draft, then submitted. */
export const worklogSave = z.strictObject({ month, body: freeText(5000) });
export const worklogSubmit = z.strictObject({ month, body: text(5000) });

/** A district's visit settings: how often each firm is contacted and the opinion form. */
export const visitSettings = z.strictObject({
  orgId: id,
  intervalDays: z.int().check(z.minimum(MIN_CONTACT_DAYS), z.maximum(MAX_CONTACT_DAYS)),
  questions: z
    .array(z.strictObject({ id: questionId, text: text(200) }))
    .check(z.maxLength(MAX_OPINION_QUESTIONS)),
});

/**
 * The half-yearly group discussion (座谈会) an instructor holds with their firms: planned first,
 * later saved again as held with its minutes (`notes`). One record per id; saving again replaces
 * it (docs/organisation.md, "Instructors").
 */
export const discussionSave = z.strictObject({
  id,
  at: isoTime,
  place: text(120),
  topic: text(200),
  firmIds: z.array(id).check(z.minLength(1), z.maxLength(MAX_DISCUSSION_FIRMS)),
  /** the minutes, once it took place */
  notes: z.optional(freeText(5000)),
  held: z.optional(z.boolean()),
});

/**
 * The yearly review of an instructor (年度评议): one per instructor and year, its id computed by
 * both ends from the pair (`reviewId`), so a second save replaces the first.
 */
export const instructorReview = z.strictObject({
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  instructorId: id,
  outcome: z.enum(REVIEW_OUTCOMES),
  notes: freeText(2000),
});
