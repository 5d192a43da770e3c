import { subtreeOf } from '../events/org-tree.ts';
import {
  computeIndicator,
  DEFAULT_REQUEST_LIMIT_HOURS,
  type ComputeInputs,
} from '../../shared/checklist/compute.ts';
import { dueAt, type TimeLimit } from '../../shared/time-limit.ts';
import { isMonthPeriod, monthsOf } from '../../shared/checklist/period.ts';
import type { ChecklistAssessmentRecord } from '../../shared/checklist/records.ts';
import {
  indicatorsOf,
  type Goal,
  type Indicator,
  type Responsibility,
} from '../../shared/checklist/template.ts';
import type { FirmRecord } from '../../shared/org/records.ts';
import type {
  CheckinRecord,
  EventRecord,
  LessonProgressRecord,
  OrgRecord,
  RequestRecord,
  UserRecord,
} from '../../shared/records.ts';

/** Everything a report is made from, as the phone holds it. */
export interface ReportSources {
  orgs: readonly Pick<OrgRecord, 'id' | 'parentId' | 'name' | 'kind'>[];
  users: readonly Pick<UserRecord, 'id' | 'orgId' | 'roles'>[];
  events: readonly Pick<EventRecord, 'id' | 'orgId' | 'startsAt' | 'status'>[];
  checkins: readonly Pick<CheckinRecord, 'eventId' | 'userId'>[];
  progress: readonly Pick<LessonProgressRecord, 'userId' | 'completed' | 'updatedAt'>[];
  requests: readonly Pick<
    RequestRecord,
    'orgId' | 'category' | 'status' | 'createdAt' | 'resolvedAt'
  >[];
  firms: readonly (Pick<FirmRecord, 'id' | 'orgId' | 'branchId'> &
    Partial<Pick<FirmRecord, 'instructorId'>>)[];
  assessments: readonly (ChecklistAssessmentRecord & { pending?: boolean | undefined })[];
  /** instructors' visits the phone holds (organizers above the firms hold theirs) */
  visits?: readonly { firmId: string; at: string }[];
  /** instructors' group discussions the phone holds (organizers above the firms hold theirs) */
  discussions?: readonly { instructorId: string; at: string; held: boolean }[];
  /** the parks' published three lists */
  publications?: readonly { orgId: string; quarter: string; publishedAt: string | null }[];
  /** each service group's time limit (限时办结) */
  groups?: readonly { key: string; timeLimit?: TimeLimit | null | undefined }[];
}

export type LineStatus = 'met' | 'below' | 'recorded' | 'no_data';

export interface ReportLine {
  goal: Goal;
  responsibility: Responsibility;
  indicator: Indicator;
  value: number | null;
  /** for a computed share: how many of how many */
  count?: number;
  of?: number;
  /** an entered indicator: its evidence and who entered it (for a year, of the entry for the year) */
  evidence?: string;
  /** the entry's evidence photos (of the period's own entry only) */
  photos?: { id: string; mime: string; url: string }[];
  authorName?: string;
  pending?: boolean;
  status: LineStatus;
}

export interface BranchReport {
  branchId: string;
  period: string;
  lines: ReportLine[];
  /** entered indicators with a value, of all entered indicators */
  entered: { done: number; of: number };
  /** indicators that met their target, of those with a target and a value */
  met: { done: number; of: number };
}

/**
 * The inputs of the computed indicators for one branch: its members, its party days and their
 * check-ins, its members' lessons and requests, its firms. Visits and the three lists are not
 * records of this build yet: their indicators read "no data yet" until they are wired in.
 */
/** A node and every node above it. */
export function ancestorsOf(orgs: ReportSources['orgs'], id: string): Set<string> {
  const parent = new Map(orgs.map((o) => [o.id, o.parentId]));
  const out = new Set<string>();
  for (let at: string | null | undefined = id; at && !out.has(at); at = parent.get(at)) out.add(at);
  return out;
}

export function branchInputs(src: ReportSources, branchId: string): ComputeInputs {
  const scope = subtreeOf(src.orgs, branchId);
  const memberIds = src.users
    .filter((u) => scope.has(u.orgId) && u.roles.includes('member'))
    .map((u) => u.id);
  const firms = src.firms.filter((f) => f.branchId === branchId || scope.has(f.orgId));
  const firmIds = new Set(firms.map((f) => f.id));
  return {
    memberIds,
    events: src.events.filter((e) => scope.has(e.orgId)),
    checkins: src.checkins,
    progress: src.progress,
    requests: src.requests.filter((r) => scope.has(r.orgId)),
    // each service group's own limit; a group without one counts the usual three days
    dueAt: (q) => {
      const limit = src.groups?.find((g) => g.key === q.category)?.timeLimit;
      const due = dueAt(q.createdAt, limit);
      return due
        ? Date.parse(due)
        : Date.parse(q.createdAt) + DEFAULT_REQUEST_LIMIT_HOURS * 3600_000;
    },
    visits: src.visits ? src.visits.filter((v) => firmIds.has(v.firmId)) : null,
    firmIds: [...firmIds],
    discussions: src.discussions ?? null,
    instructorIds: firms.flatMap((f) => (f.instructorId ? [f.instructorId] : [])),
    // the lists of the park (or any node above the branch) that the branch belongs to
    lists: src.publications
      ? src.publications.filter((p) => ancestorsOf(src.orgs, branchId).has(p.orgId))
      : null,
  };
}

type Assessment = ReportSources['assessments'][number];

/**
 * An entered indicator's value for a period: the entry for that period; for a year without one,
 * the months' entries folded (counts add up, shares average, done/not done takes the latest).
 */
function enteredValue(
  indicator: Indicator,
  mine: readonly Assessment[],
  period: string,
): Pick<ReportLine, 'value' | 'evidence' | 'photos' | 'authorName' | 'pending'> {
  const own = mine.find((a) => a.period === period);
  if (own || isMonthPeriod(period)) {
    return {
      value: own?.value ?? null,
      evidence: own?.evidence ?? '',
      photos: own?.photos ?? [],
      authorName: own?.authorName ?? '',
      pending: own?.pending === true,
    };
  }
  const months = new Set(monthsOf(period));
  const entries = mine
    .filter((a) => months.has(a.period) && a.value !== null)
    .sort((a, b) => a.period.localeCompare(b.period));
  if (entries.length === 0) return { value: null, evidence: '', authorName: '' };
  const values = entries.map((a) => a.value!);
  const value =
    indicator.unit === 'count'
      ? values.reduce((s, v) => s + v, 0)
      : indicator.unit === 'percent'
        ? values.reduce((s, v) => s + v, 0) / values.length
        : values.at(-1)!;
  return {
    value,
    evidence: entries
      .filter((a) => a.evidence)
      .map((a) => `${a.period}: ${a.evidence}`)
      .join('\n'),
    authorName: entries.at(-1)!.authorName,
  };
}

const statusOf = (indicator: Indicator, value: number | null): LineStatus => {
  if (value === null) return 'no_data';
  if (indicator.target === null) return 'recorded';
  return value >= indicator.target ? 'met' : 'below';
};

/** A branch's monthly or annual report against the checklist. */
export function buildReport(
  goals: readonly Goal[],
  src: ReportSources,
  branchId: string,
  period: string,
  now: number,
): BranchReport {
  const inputs = branchInputs(src, branchId);
  const mine = src.assessments.filter((a) => a.orgId === branchId);
  const lines = indicatorsOf(goals).map(({ goal, responsibility, indicator }): ReportLine => {
    if (indicator.kind === 'computed' && indicator.source) {
      const c = computeIndicator(indicator.source, inputs, period, now);
      return {
        goal,
        responsibility,
        indicator,
        value: c.value,
        count: c.count,
        of: c.of,
        status: statusOf(indicator, c.value),
      };
    }
    const e = enteredValue(
      indicator,
      mine.filter((a) => a.indicatorId === indicator.id),
      period,
    );
    return { goal, responsibility, indicator, ...e, status: statusOf(indicator, e.value) };
  });
  const entered = lines.filter((l) => l.indicator.kind === 'entered');
  const targeted = lines.filter((l) => l.status === 'met' || l.status === 'below');
  return {
    branchId,
    period,
    lines,
    entered: { done: entered.filter((l) => l.value !== null).length, of: entered.length },
    met: { done: targeted.filter((l) => l.status === 'met').length, of: targeted.length },
  };
}

/** How a value reads in a report, in the user's language. */
export function formatValue(
  unit: Indicator['unit'],
  value: number | null,
  words: { yes: string; no: string; none: string },
  locale: string,
): string {
  if (value === null) return words.none;
  switch (unit) {
    case 'percent':
      return `${Math.round(value * 1000) / 10}%`;
    case 'per_member':
      return value.toLocaleString(locale, { maximumFractionDigits: 1 });
    case 'yes_no':
      return value >= 1 ? words.yes : words.no;
    case 'count':
      return value.toLocaleString(locale, { maximumFractionDigits: 2 });
  }
}
