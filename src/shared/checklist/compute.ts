import { CST_OFFSET_MS } from '../china-time.ts';
import type { IndicatorSource } from './template.ts';
import { inRange, isMonthPeriod, periodRange, quartersOf, type PeriodRange } from './period.ts';
import { discussionsHeld, halfYearOf, halfYearsOf, type DutyDiscussion } from '../visits/duties.ts';

/**
 * The computed indicators of the responsibility checklist: pure functions over the plain shapes of
 * records an organizer's phone already holds (docs/organisation.md, "Responsibility checklist").
 * Each answers `count` of `of`, and `value` = count / of (or per member), null when there is
 * nothing to measure: a report then says "no data yet" rather than show a made-up 0.
 */
export interface Computed {
  value: number | null;
  count: number;
  of: number;
}

const ratio = (count: number, of: number): Computed => ({
  value: of > 0 ? count / of : null,
  count,
  of,
});

export interface EventInput {
  id: string;
  startsAt: string;
  status: 'scheduled' | 'cancelled';
}

/**
 * Party-day attendance: check-ins of the branch's members at the branch's party days that began
 * in the period (and before `now`), over members × party days. Cancelled days do not count.
 */
export function attendanceRate(input: {
  events: readonly EventInput[];
  checkins: readonly { eventId: string; userId: string }[];
  memberIds: readonly string[];
  period: string;
  now: number;
}): Computed {
  const r = periodRange(input.period);
  if (!r) return ratio(0, 0);
  const held = input.events.filter(
    (e) =>
      e.status === 'scheduled' && inRange(e.startsAt, r) && Date.parse(e.startsAt) <= input.now,
  );
  const ids = new Set(held.map((e) => e.id));
  const members = new Set(input.memberIds);
  const came = new Set(
    input.checkins
      .filter((c) => ids.has(c.eventId) && members.has(c.userId))
      .map((c) => `${c.eventId}:${c.userId}`),
  );
  return ratio(came.size, held.length * members.size);
}

/**
 * Lessons completed per member: completions by the branch's members whose last update falls in
 * the period (a completion never reverts, so the record's update time is when it was completed
 * or a later replay of the lesson), over the number of members.
 */
export function lessonsPerMember(input: {
  progress: readonly { userId: string; completed: boolean; updatedAt: string }[];
  memberIds: readonly string[];
  period: string;
}): Computed {
  const r = periodRange(input.period);
  const members = new Set(input.memberIds);
  if (!r || members.size === 0) return ratio(0, 0);
  const done = input.progress.filter(
    (p) => p.completed && members.has(p.userId) && inRange(p.updatedAt, r),
  ).length;
  return ratio(done, members.size);
}

export interface RequestInput {
  category: string;
  status: string;
  createdAt: string;
  resolvedAt: string | null;
}

/**
 * Requests resolved within their time limit (限时办结). `dueAt` gives each request's due time in
 * ms (the caller decides where the limit comes from: the service group's, src/shared/time-limit.ts). Counted: every request resolved in the period,
 * and every one still open at the period's end whose limit ran out inside it (those are late).
 * Rejected and cancelled requests do not count.
 */
export function requestsOnTime(input: {
  requests: readonly RequestInput[];
  dueAt: (request: RequestInput) => number;
  period: string;
  now: number;
}): Computed {
  const r = periodRange(input.period);
  if (!r) return ratio(0, 0);
  const end = Math.min(r.end, input.now);
  let count = 0;
  let of = 0;
  for (const q of input.requests) {
    if (q.status === 'rejected' || q.status === 'cancelled') continue;
    const due = input.dueAt(q);
    if (q.resolvedAt && inRange(q.resolvedAt, r)) {
      of++;
      if (Date.parse(q.resolvedAt) <= due) count++;
    } else if ((!q.resolvedAt || Date.parse(q.resolvedAt) >= end) && due >= r.start && due < end) {
      of++;
    }
  }
  return ratio(count, of);
}

/** The half months (1st–15th, 16th–end, China Standard Time) inside a period that ended by `now`. */
export function halfMonths(r: PeriodRange, now: number): PeriodRange[] {
  const out: PeriodRange[] = [];
  let start = r.start;
  while (start < r.end) {
    const d = new Date(start + CST_OFFSET_MS);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    const mid = Date.UTC(y, m, 16) - CST_OFFSET_MS;
    const next = Date.UTC(y, m + 1, 1) - CST_OFFSET_MS;
    const end = start < mid ? mid : next;
    if (end <= now) out.push({ start, end });
    start = end;
  }
  return out;
}

/**
 * Instructors' visits on time: each firm should have a contact every half month. Counted per
 * (firm, half month) of the period that has ended: on time when a visit falls inside it.
 */
export function visitsOnTime(input: {
  visits: readonly { firmId: string; at: string }[];
  firmIds: readonly string[];
  period: string;
  now: number;
}): Computed {
  const r = periodRange(input.period);
  if (!r || input.firmIds.length === 0) return ratio(0, 0);
  const slots = halfMonths(r, input.now);
  let count = 0;
  for (const firmId of new Set(input.firmIds)) {
    const times = input.visits.filter((v) => v.firmId === firmId).map((v) => Date.parse(v.at));
    for (const s of slots) if (times.some((t) => t >= s.start && t < s.end)) count++;
  }
  return ratio(count, slots.length * new Set(input.firmIds).size);
}

/**
 * The three lists published: for a month, whether its quarter's lists were out by the month's
 * end; for a year, how many of its quarters that have begun by `now` have published lists.
 */
export function listsPublished(input: {
  lists: readonly { quarter: string; publishedAt: string | null }[];
  period: string;
  now: number;
}): Computed {
  const r = periodRange(input.period);
  if (!r) return ratio(0, 0);
  const due = quartersOf(input.period).filter((q) => quarterStart(q) <= input.now);
  const by = Math.min(r.end, input.now + 1);
  const published = due.filter((q) =>
    input.lists.some(
      (l) => l.quarter === q && l.publishedAt !== null && Date.parse(l.publishedAt) < by,
    ),
  );
  return ratio(published.length, due.length);
}

/**
 * The half-yearly discussion held: for each instructor of the branch's firms and each half year
 * of the period (a month's own half year; a year's two), whether the instructor held a discussion
 * in it by the period's end. A half year is counted once it has ended by then or once one was held
 * in it, so a half year still under way without one reads "no data yet" rather than a miss.
 */
export function discussionsHeldShare(input: {
  discussions: readonly DutyDiscussion[];
  instructorIds: readonly string[];
  period: string;
  now: number;
}): Computed {
  const r = periodRange(input.period);
  if (!r) return ratio(0, 0);
  const halves = isMonthPeriod(input.period)
    ? [halfYearOf(r.start)]
    : halfYearsOf(input.period.slice(0, 4));
  const cutoff = Math.min(r.end, input.now);
  let count = 0;
  let of = 0;
  for (const id of new Set(input.instructorIds)) {
    const h = discussionsHeld(id, input.discussions, halves, cutoff);
    count += h.held;
    of += h.of;
  }
  return ratio(count, of);
}

function quarterStart(q: string): number {
  const y = Number(q.slice(0, 4));
  const n = Number(q.slice(6));
  return Date.UTC(y, (n - 1) * 3, 1) - CST_OFFSET_MS;
}

/**
 * What a branch report computes from; `null` for a source whose records this build does not have
 * yet (the indicator then reads "no data yet").
 */
export interface ComputeInputs {
  events: readonly EventInput[] | null;
  checkins: readonly { eventId: string; userId: string }[] | null;
  progress: readonly { userId: string; completed: boolean; updatedAt: string }[] | null;
  requests: readonly RequestInput[] | null;
  dueAt: (request: RequestInput) => number;
  visits: readonly { firmId: string; at: string }[] | null;
  firmIds: readonly string[];
  lists: readonly { quarter: string; publishedAt: string | null }[] | null;
  memberIds: readonly string[];
  /** the instructors' discussions the phone holds (absent: not synced by this build) */
  discussions?: readonly DutyDiscussion[] | null;
  /** the instructors of the branch's firms */
  instructorIds?: readonly string[];
}

/** One computed indicator of one branch for one period; null value when there is no data. */
export function computeIndicator(
  source: IndicatorSource,
  inputs: ComputeInputs,
  period: string,
  now: number,
): Computed {
  const none = ratio(0, 0);
  switch (source) {
    case 'attendance_rate':
      return inputs.events && inputs.checkins
        ? attendanceRate({
            events: inputs.events,
            checkins: inputs.checkins,
            memberIds: inputs.memberIds,
            period,
            now,
          })
        : none;
    case 'lessons_per_member':
      return inputs.progress
        ? lessonsPerMember({ progress: inputs.progress, memberIds: inputs.memberIds, period })
        : none;
    case 'requests_on_time':
      return inputs.requests
        ? requestsOnTime({ requests: inputs.requests, dueAt: inputs.dueAt, period, now })
        : none;
    case 'visits_on_time':
      return inputs.visits
        ? visitsOnTime({ visits: inputs.visits, firmIds: inputs.firmIds, period, now })
        : none;
    case 'lists_published':
      return inputs.lists ? listsPublished({ lists: inputs.lists, period, now }) : none;
    case 'discussions_held':
      return inputs.discussions
        ? discussionsHeldShare({
            discussions: inputs.discussions,
            instructorIds: inputs.instructorIds ?? [],
            period,
            now,
          })
        : none;
  }
}

/** The usual limit for a service request when its group sets none: three days. */
export const DEFAULT_REQUEST_LIMIT_HOURS = 72;
