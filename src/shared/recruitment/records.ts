import * as z from 'zod/mini';
import { STAGES, STEP_KINDS } from './rules.ts';

/**
 * Records of recruitment as pull sends them. `candidate` goes only to organizers of the branch
 * and above and to admins; `candidate_stage` (the stage alone) only to the candidate's own
 * account, when one is linked. Dates are China dates, `YYYY-MM-DD`.
 */
const date = z.string();
const nullableDate = z.nullable(z.string());

export const candidateStepEntry = z.object({
  id: z.string(),
  kind: z.enum(STEP_KINDS),
  at: date,
  note: z.nullable(z.string()),
  /** who recorded it */
  by: z.string(),
});
export type CandidateStepEntry = z.infer<typeof candidateStepEntry>;

export const candidateHistoryEntry = z.object({
  to: z.enum(STAGES),
  at: date,
  note: z.nullable(z.string()),
  by: z.string(),
});
export type CandidateHistoryEntry = z.infer<typeof candidateHistoryEntry>;

export const candidateRecord = z.object({
  id: z.string(),
  /** the branch */
  orgId: z.string(),
  name: z.string(),
  phone: z.nullable(z.string()),
  /** the candidate's own account, when the phone matches one */
  userId: z.nullable(z.string()),
  stage: z.enum(STAGES),
  appliedAt: date,
  activistAt: nullableDate,
  targetAt: nullableDate,
  probationaryAt: nullableDate,
  fullAt: nullableDate,
  contacts: z.array(z.string()),
  introducers: z.array(z.string()),
  steps: z.array(candidateStepEntry),
  history: z.array(candidateHistoryEntry),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CandidateRecord = z.infer<typeof candidateRecord>;

/** What a candidate with an account sees of themselves: the stage, nothing else. */
export const candidateStageRecord = z.object({
  id: z.string(),
  userId: z.string(),
  stage: z.enum(STAGES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CandidateStageRecord = z.infer<typeof candidateStageRecord>;
