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
