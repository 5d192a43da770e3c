import { addDays, addMonths, type DateString } from './dates.ts';
import {
  ACTIVIST_MONTHS,
  PROBATION_MONTHS,
  REVIEW_MONTHS,
  TALK_MONTHS,
  type CandidateState,
  type StepKind,
  type Stage,
} from './rules.ts';

/** What is next for a candidate: a dated step of its stage, or the next stage itself. */
export type DueKind = StepKind | Exclude<Stage, 'applicant'>;

/**
 * upcoming: not yet; due: now (a deadline within SOON_DAYS, or a stage that may now be taken);
 * overdue: a deadline passed; waiting: no date (the branch decides when).
 */
export type DueStatus = 'upcoming' | 'due' | 'overdue' | 'waiting';

export interface DueItem {
  kind: DueKind;
  /** a deadline (talk, review) or the first day a stage may be taken (target, full) */
  date: DateString | null;
  status: DueStatus;
}

/** A deadline this close is shown as due. */
export const SOON_DAYS = 14;

export interface StepLike {
  kind: StepKind;
  at: DateString;
}

const deadline = (kind: DueKind, date: DateString, today: DateString): DueItem => ({
  kind,
  date,
  status: date < today ? 'overdue' : date <= addDays(today, SOON_DAYS) ? 'due' : 'upcoming',
});

const from = (kind: DueKind, date: DateString, today: DateString): DueItem => ({
  kind,
  date,
  status: date <= today ? 'due' : 'upcoming',
});

/**
 * Every open item of a candidate, the most pressing first: the talk within a month of applying,
 * a review every half year of an activist, a year of cultivation, the political review and the
 * training of a development target, a year of probation from the branch meeting.
 */
export function dueItems(
  c: CandidateState,
  steps: readonly StepLike[],
  today: DateString,
): DueItem[] {
  const done = (k: StepKind) => steps.filter((s) => s.kind === k);
  const items: DueItem[] = [];
  switch (c.stage) {
    case 'applicant':
      if (!done('talk').length)
        items.push(deadline('talk', addMonths(c.appliedAt, TALK_MONTHS), today));
      items.push({ kind: 'activist', date: null, status: 'waiting' });
      break;
    case 'activist': {
      const start = c.activistAt ?? c.appliedAt;
      const last = done('review')
        .map((s) => s.at)
        .filter((d) => d >= start)
        .sort()
        .at(-1);
      items.push(deadline('review', addMonths(last ?? start, REVIEW_MONTHS), today));
      items.push(from('target', addMonths(start, ACTIVIST_MONTHS), today));
      break;
    }
    case 'target': {
      const start = c.targetAt ?? c.appliedAt;
      for (const k of ['political_review', 'training'] as const) {
        if (!done(k).some((s) => s.at >= start))
          items.push({ kind: k, date: start, status: 'due' });
      }
      items.push({ kind: 'probationary', date: null, status: 'waiting' });
      break;
    }
    case 'probationary':
      items.push(from('full', addMonths(c.probationaryAt ?? c.appliedAt, PROBATION_MONTHS), today));
      break;
    case 'full':
      break;
  }
  const rank: Record<DueStatus, number> = { overdue: 0, due: 1, upcoming: 2, waiting: 3 };
  return items.sort(
    (a, b) => rank[a.status] - rank[b.status] || (a.date ?? '9999').localeCompare(b.date ?? '9999'),
  );
}

/** The one item a list shows: the most pressing, or null for a full member. */
export const nextDue = (c: CandidateState, steps: readonly StepLike[], today: DateString) =>
  dueItems(c, steps, today)[0] ?? null;
