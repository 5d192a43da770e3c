import type { FirmRecord, MemberAdminRecord } from '../../shared/org/records.ts';
import type {
  DiscussionRecord,
  InstructorReviewRecord,
  VisitRecord,
  WorklogRecord,
} from '../../shared/visits/records.ts';
import {
  contactsOnTime,
  discussionsHeld,
  halfYearOf,
  halfYearRange,
  halfYearsOf,
  reviewId,
  yearOf,
  type HalfYear,
} from '../../shared/visits/duties.ts';
import { monthOf } from '../../shared/visits/rules.ts';
import { monthsOf, periodRange } from '../../shared/checklist/period.ts';

/** What the instructor's home says about their discussions. */
export interface DiscussionState<D extends DiscussionRecord = DiscussionRecord> {
  half: HalfYear;
  /** the first discussion not yet recorded as held (one whose time has passed comes first) */
  next: D | null;
  /** its time has passed and the minutes are still to be written */
  nextPast: boolean;
  /** none held or planned in the current half year */
  missing: boolean;
}

export function discussionState<D extends DiscussionRecord>(
  discussions: readonly D[],
  instructorId: string,
  now: Date,
): DiscussionState<D> {
  const half = halfYearOf(now);
  const mine = discussions.filter((d) => d.instructorId === instructorId);
  const next =
    mine
      .filter((d) => !d.held)
      .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))[0] ?? null;
  const { start, end } = halfYearRange(half);
  const inHalf = mine.some((d) => {
    const t = Date.parse(d.at);
    return t >= start && t < end;
  });
  return {
    half,
    next,
    nextPast: !!next && Date.parse(next.at) < now.getTime(),
    missing: !inHalf,
  };
}

/** Discussions newest first, those still to be held (soonest first) before those held. */
export function sortDiscussions<D extends DiscussionRecord>(list: readonly D[]): D[] {
  return [...list].sort((a, b) =>
    a.held !== b.held
      ? a.held
        ? 1
        : -1
      : a.held
        ? b.at.localeCompare(a.at)
        : a.at.localeCompare(b.at),
  );
}

/** The months of `year` whose work log is due by `now`: those that have ended. */
export function monthsDue(year: number, now: Date): string[] {
  const current = monthOf(now);
  return monthsOf(String(year)).filter((m) => m < current);
}

export interface ReviewRow {
  instructorId: string;
  name: string;
  orgId: string;
  /** the firms they look after now */
  firms: FirmRecord[];
  /** visits of the year they made or that were logged for their firms then */
  visits: number;
  contacts: { onTime: number; of: number };
  logs: { submitted: number; of: number };
  discussions: { held: number; of: number };
  review: (InstructorReviewRecord & { pending?: boolean }) | null;
}

export interface ReviewSources {
  admins: readonly MemberAdminRecord[];
  firms: readonly FirmRecord[];
  visits: readonly VisitRecord[];
  worklogs: readonly WorklogRecord[];
  discussions: readonly DiscussionRecord[];
  reviews: readonly (InstructorReviewRecord & { pending?: boolean })[];
}

/**
 * The yearly review sheet: one row per active instructor account the organizer's phone holds
 * (those under them), with the year's figures as seen at `now`. Contacts on time use the district's
 * interval and the firms they look after now; work logs count the months that have ended;
 * discussions the half years that have ended or had one held.
 */
export function reviewRows(
  src: ReviewSources,
  year: number,
  intervalDays: number,
  now: Date,
): ReviewRow[] {
  const t = now.getTime();
  const months = new Set(monthsDue(year, now));
  const yearEnd = periodRange(String(year))?.end ?? t;
  const cutoff = Math.min(yearEnd, t);
  const reviews = new Map(src.reviews.map((r) => [r.id, r]));
  return src.admins
    .filter((a) => a.roles.includes('instructor') && !a.disabled)
    .map((a) => {
      const firms = src.firms
        .filter((f) => f.instructorId === a.userId)
        .sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'));
      const firmIds = firms.map((f) => f.id);
      const visits = src.visits.filter(
        (v) => (v.instructorId ?? v.userId) === a.userId && yearOf(v.at) === year,
      ).length;
      const submitted = src.worklogs.filter(
        (w) => w.userId === a.userId && w.status === 'submitted' && months.has(w.month),
      ).length;
      return {
        instructorId: a.userId,
        name: a.name,
        orgId: a.orgId,
        firms,
        visits,
        contacts: contactsOnTime(firmIds, src.visits, year, intervalDays, t),
        logs: { submitted, of: months.size },
        discussions: discussionsHeld(a.userId, src.discussions, halfYearsOf(year), cutoff),
        review: reviews.get(reviewId(a.userId, year)) ?? null,
      };
    })
    .sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'));
}

/** A share as a whole percentage, or null when there is nothing to count. */
export const share = (count: number, of: number) =>
  of > 0 ? Math.round((count / of) * 100) : null;

/** The year a review sheet opens on: this year from October, else the year before. */
export function defaultReviewYear(now: Date): number {
  const month = Number(monthOf(now).slice(5, 7));
  const year = yearOf(now);
  return month >= 10 ? year : year - 1;
}
