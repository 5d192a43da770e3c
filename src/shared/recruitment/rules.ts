import type { RejectCode } from '../errors.ts';
import { addMonths, chinaDate, type DateString } from './dates.ts';

/**
 * Recruitment (发展党员), the rules both ends apply (docs/organisation.md, "Recruitment"). The
 * phone runs them before it queues a step, offline too, so an organizer learns at once why a step
 * cannot be taken; the server runs the same functions again and its answer decides.
 */
export const STAGES = ['applicant', 'activist', 'target', 'probationary', 'full'] as const;
export type Stage = (typeof STAGES)[number];

/** Dated steps recorded inside a stage: the talk, half-yearly reviews, political review, training. */
export const STEP_KINDS = ['talk', 'review', 'political_review', 'training'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** The stage each step belongs to; a step recorded in another stage is `invalid_transition`. */
export const STEP_STAGE: Record<StepKind, readonly Stage[]> = {
  talk: ['applicant'],
  review: ['activist'],
  political_review: ['target'],
  training: ['target'],
};

/** One or two contact members (培养联系人); exactly two introducers (入党介绍人). */
export const MAX_CONTACTS = 2;
export const INTRODUCERS = 2;
/** Months of cultivation before a development target; of probation before full membership. */
export const ACTIVIST_MONTHS = 12;
export const PROBATION_MONTHS = 12;
/** The talk is due within a month of applying; an activist is reviewed every half year. */
export const TALK_MONTHS = 1;
export const REVIEW_MONTHS = 6;

/** What the rules need of a candidate: its stage, the dates it reached each one, its contacts. */
export interface CandidateState {
  stage: Stage;
  userId?: string | null;
  appliedAt: DateString;
  activistAt: DateString | null;
  targetAt: DateString | null;
  probationaryAt: DateString | null;
  fullAt?: DateString | null;
  contacts: readonly string[];
}

/** What the rules need of a person named as contact or introducer; undefined when unknown. */
export interface PersonFacts {
  roles: readonly string[];
  standing: string | null;
  disabled?: boolean;
}

/**
 * How a person is looked up. The server knows everyone; the phone knows only the accounts it
 * pulled (`member_admin`), and says `unknown` for the rest, leaving that check to the server.
 */
export type Lookup = (userId: string) => PersonFacts | 'unknown' | undefined;

export interface AdvanceInput {
  to: Stage;
  /** ISO time with offset; counted as its China date */
  at: string;
  contacts?: readonly string[] | null;
  introducers?: readonly string[] | null;
}

export interface Refusal {
  code: RejectCode;
  /** English, for the server's answer and logs; the app shows its own text for the code */
  message: string;
}

export const stageDate = (c: CandidateState, s: Stage): DateString | null =>
  s === 'applicant'
    ? c.appliedAt
    : s === 'activist'
      ? c.activistAt
      : s === 'target'
        ? c.targetAt
        : s === 'probationary'
          ? c.probationaryAt
          : (c.fullAt ?? null);

/** The date of the candidate's current stage: nothing later may be dated before it. */
export const currentStageDate = (c: CandidateState): DateString =>
  stageDate(c, c.stage) ?? c.appliedAt;

export const nextStage = (s: Stage): Stage | null => STAGES[STAGES.indexOf(s) + 1] ?? null;

const isMemberRole = (p: PersonFacts) => p.roles.includes('member') && !p.disabled;

/** A date after today (the day of `now` in China) cannot be recorded: it has not happened. */
function checkNotFuture(at: DateString, now: Date): Refusal | null {
  return at > chinaDate(now)
    ? { code: 'invalid_request', message: 'A step cannot be dated in the future.' }
    : null;
}

/** The contacts a step to `to` leaves the candidate with (given now, or named before). */
export function contactsAfter(c: CandidateState, input: AdvanceInput): string[] {
  const given = input.contacts ? [...new Set(input.contacts)] : null;
  return given && given.length ? given : [...c.contacts];
}

function checkPeople(
  ids: readonly string[],
  lookup: Lookup,
  ok: (p: PersonFacts) => boolean,
): boolean {
  for (const id of ids) {
    const p = lookup(id);
    if (p === 'unknown') continue;
    if (!p || !ok(p)) return false;
  }
  return true;
}

/**
 * `candidate.advance` (docs/sync-protocol.md, "Mutations, v1.1"): one stage forward at a time, with
 * the contacts, introducers and intervals each stage asks for. Null when the step may be taken.
 */
export function checkAdvance(
  c: CandidateState,
  input: AdvanceInput,
  lookup: Lookup,
  now: Date,
): Refusal | null {
  if (nextStage(c.stage) !== input.to) {
    return {
      code: 'invalid_transition',
      message: `A ${c.stage} can only become ${nextStage(c.stage) ?? 'nothing more'}; stages are not skipped or undone.`,
    };
  }
  const at = chinaDate(input.at);
  const future = checkNotFuture(at, now);
  if (future) return future;
  if (at < currentStageDate(c)) {
    return { code: 'too_early', message: 'A step cannot be dated before the previous stage.' };
  }
  if (input.to === 'activist' || input.to === 'target') {
    const contacts = contactsAfter(c, input);
    const given = input.contacts ? new Set(input.contacts).size : 0;
    const count = input.to === 'target' ? contacts.length : given;
    if (
      (input.to === 'target' && (count < 1 || count > MAX_CONTACTS)) ||
      (input.to === 'activist' && count > MAX_CONTACTS) ||
      !checkPeople(contacts, lookup, isMemberRole) ||
      (c.userId != null && contacts.includes(c.userId))
    ) {
      return {
        code: 'invalid_contacts',
        message: 'A development target needs one or two contact members (Party members).',
      };
    }
  }
  if (input.to === 'target') {
    const from = addMonths(c.activistAt ?? c.appliedAt, ACTIVIST_MONTHS);
    if (at < from) {
      return {
        code: 'too_early',
        message: `An activist becomes a development target after a year of cultivation, from ${from}.`,
      };
    }
  }
  if (input.to === 'probationary') {
    const ids = input.introducers ?? [];
    const distinct = new Set(ids);
    if (
      ids.length !== INTRODUCERS ||
      distinct.size !== INTRODUCERS ||
      (c.userId != null && distinct.has(c.userId)) ||
      !checkPeople(ids, lookup, (p) => isMemberRole(p) && p.standing === 'full')
    ) {
      return {
        code: 'invalid_introducers',
        message: 'Admission needs exactly two introducers who are full Party members.',
      };
    }
  }
  if (input.to === 'full') {
    const from = addMonths(c.probationaryAt ?? c.appliedAt, PROBATION_MONTHS);
    if (at < from) {
      return {
        code: 'too_early',
        message: `Probation lasts a year from the branch meeting: full membership from ${from}.`,
      };
    }
  }
  return null;
}

/** A dated step inside a stage (`candidate.step`): it belongs to the stage and follows its date. */
export function checkStep(
  c: CandidateState,
  input: { kind: StepKind; at: string },
  now: Date,
): Refusal | null {
  if (!STEP_STAGE[input.kind].includes(c.stage)) {
    return {
      code: 'invalid_transition',
      message: `A ${input.kind} step is recorded while the candidate is ${STEP_STAGE[input.kind].join(' or ')}.`,
    };
  }
  const at = chinaDate(input.at);
  const future = checkNotFuture(at, now);
  if (future) return future;
  if (at < currentStageDate(c)) {
    return { code: 'too_early', message: 'A step cannot be dated before the stage began.' };
  }
  return null;
}
