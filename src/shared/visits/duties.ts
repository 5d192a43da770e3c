import { CST_OFFSET_MS } from '../china-time.ts';
import { periodRange } from '../checklist/period.ts';
import { contactDue, stableId, VISIT_AT_LEAD_MS } from './rules.ts';

/**
 * The instructor's half-yearly group discussion (座谈会) with their firms and the yearly review of
 * who instructs where (年度评议): the rules both the phone and the server apply
 * (docs/organisation.md, "Instructors").
 */

/** A discussion gathers at most this many of the instructor's firms. */
export const MAX_DISCUSSION_FIRMS = 30;
export const REVIEW_OUTCOMES = ['keep', 'adjust'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
/** The first year a review may be recorded for. */
export const FIRST_REVIEW_YEAR = 2000;

/** A half year, `YYYY-H1` (January–June) or `YYYY-H2` (July–December), China Standard Time. */
export type HalfYear = `${number}-H${1 | 2}`;

const HALF = /^(\d{4})-H([12])$/;
export const isHalfYear = (s: string): s is HalfYear => HALF.test(s);

/** The half year a moment falls in (China Standard Time). */
export function halfYearOf(at: Date | string | number): HalfYear {
  const t = typeof at === 'string' ? Date.parse(at) : typeof at === 'number' ? at : at.getTime();
  const d = new Date(t + CST_OFFSET_MS);
  return `${d.getUTCFullYear()}-H${d.getUTCMonth() < 6 ? 1 : 2}` as HalfYear;
}

/** The first and the end (exclusive) instant of a half year, ms since the epoch. */
export function halfYearRange(h: HalfYear | string): { start: number; end: number } {
  const m = HALF.exec(h);
  if (!m) throw new Error(`not a half year: ${h}`);
  const y = Number(m[1]);
  const first = m[2] === '1' ? 0 : 6;
  return {
    start: Date.UTC(y, first, 1) - CST_OFFSET_MS,
    end: Date.UTC(y, first + 6, 1) - CST_OFFSET_MS,
  };
}

/** The two half years of a year. */
export const halfYearsOf = (year: number | string): HalfYear[] => [
  `${Number(year)}-H1` as HalfYear,
  `${Number(year)}-H2` as HalfYear,
];

/** The half year before `h`. */
export function previousHalfYear(h: HalfYear): HalfYear {
  const [y, n] = [Number(h.slice(0, 4)), h.slice(-1)];
  return (n === '2' ? `${y}-H1` : `${y - 1}-H2`) as HalfYear;
}

/** The China-time year of a moment. */
export const yearOf = (at: Date | string | number) => Number(halfYearOf(at).slice(0, 4));

/**
 * What is wrong with a discussion as saved, or null: one recorded as held must have taken place
 * (its time not more than a day ahead, as a visit's) and carry its minutes; a held discussion is
 * not planned again. Both ends call it; the server answers `invalid_request` or, for going back,
 * `invalid_transition`.
 */
export function discussionProblem(
  d: { at: string; held: boolean; notes: string; firmIds: readonly string[] },
  wasHeld: boolean,
  now: number,
): { code: 'invalid_request' | 'invalid_transition'; message: string } | null {
  if (new Set(d.firmIds).size !== d.firmIds.length) {
    return { code: 'invalid_request', message: 'A firm is named twice.' };
  }
  if (wasHeld && !d.held) {
    return {
      code: 'invalid_transition',
      message: 'A discussion that was held is not planned again.',
    };
  }
  if (d.held && Date.parse(d.at) > now + VISIT_AT_LEAD_MS) {
    return { code: 'invalid_request', message: 'A discussion still to come cannot be held yet.' };
  }
  if (d.held && !d.notes.trim()) {
    return { code: 'invalid_request', message: 'A held discussion needs its minutes.' };
  }
  return null;
}

/**
 * What is wrong with a yearly review, or null: a year that has begun (China time), not before
 * FIRST_REVIEW_YEAR, and a note saying what to change when the outcome is `adjust`.
 */
export function reviewProblem(
  r: { year: number; outcome: ReviewOutcome; notes: string },
  now: number,
): string | null {
  if (r.year < FIRST_REVIEW_YEAR || r.year > yearOf(now)) {
    return 'A review is for a year that has begun.';
  }
  if (r.outcome === 'adjust' && !r.notes.trim()) {
    return 'Say what should change when the outcome is to adjust.';
  }
  return null;
}

/** The id of the review of an instructor for a year: one record per pair. */
export const reviewId = (instructorId: string, year: number) =>
  stableId(`review:${instructorId}:${year}`);

/** The inputs of the yearly figures, as both the phone's tables and plain tests hold them. */
export interface DutyVisit {
  firmId: string;
  at: string;
}
export interface DutyDiscussion {
  instructorId: string;
  at: string;
  held: boolean;
}

/**
 * Contacts on time for a set of firms over a year, to `now` at most: for each firm, every visit of
 * the year is one contact, on time when it came within `intervalDays` of the contact before (the
 * latest before the year, or the year's start); when the end lies more than `intervalDays` after
 * the last contact, the contact then due counts too, as missed. The due test is `contactDue`, the
 * one the instructor's home uses.
 */
export function contactsOnTime(
  firmIds: readonly string[],
  visits: readonly DutyVisit[],
  year: number,
  intervalDays: number,
  now: number,
): { onTime: number; of: number } {
  let onTime = 0;
  let of = 0;
  const range = periodRange(String(year));
  if (!range) return { onTime, of };
  const { start } = range;
  const end = Math.min(range.end, now);
  if (end <= start) return { onTime, of };
  for (const firmId of new Set(firmIds)) {
    const times = visits
      .filter((v) => v.firmId === firmId)
      .map((v) => Date.parse(v.at))
      .sort((a, b) => a - b);
    let prev = times.filter((t) => t < start).at(-1) ?? start;
    for (const t of times.filter((x) => x >= start && x < end)) {
      of++;
      if (!contactDue(new Date(prev).toISOString(), intervalDays, new Date(t)).overdue) onTime++;
      prev = t;
    }
    if (contactDue(new Date(prev).toISOString(), intervalDays, new Date(end)).overdue) of++;
  }
  return { onTime, of };
}

/**
 * Half years of an instructor's discussions, for `year` as seen at `now`: a half year counts once
 * it has ended or once a discussion was held in it (so a discussion held early is credited at
 * once, and a half year still running without one is not yet a miss); it is done when a held
 * discussion falls in it.
 */
export function discussionsHeld(
  instructorId: string,
  discussions: readonly DutyDiscussion[],
  halves: readonly HalfYear[],
  cutoff: number,
): { held: number; of: number } {
  let held = 0;
  let of = 0;
  for (const h of halves) {
    const r = halfYearRange(h);
    const done = discussions.some((d) => {
      const t = Date.parse(d.at);
      return d.instructorId === instructorId && d.held && t >= r.start && t < r.end && t < cutoff;
    });
    if (done) held++;
    if (done || r.end <= cutoff) of++;
  }
  return { held, of };
}
