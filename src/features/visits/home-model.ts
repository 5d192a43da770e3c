import type { FirmRecord } from '../../shared/org/records.ts';
import type { EventRecord, OrgRecord, RequestRecord } from '../../shared/records.ts';
import type { VisitRecord, VisitSettingsRecord } from '../../shared/visits/records.ts';
import {
  contactDue,
  DEFAULT_CONTACT_DAYS,
  DEFAULT_OPINION_QUESTIONS,
  monthOf,
  monthRange,
  type OpinionQuestion,
} from '../../shared/visits/rules.ts';

/** The district's settings that apply to a user at `orgId`, or the defaults. */
export function settingsFor(
  orgs: readonly OrgRecord[],
  all: readonly VisitSettingsRecord[],
  orgId: string,
): { intervalDays: number; questions: readonly OpinionQuestion[] } {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const path = new Set<string>();
  for (
    let o = byId.get(orgId);
    o && !path.has(o.id);
    o = o.parentId ? byId.get(o.parentId) : undefined
  )
    path.add(o.id);
  const s = all.find((x) => path.has(x.orgId)) ?? (all.length === 1 ? all[0] : undefined);
  return s
    ? { intervalDays: s.intervalDays, questions: s.questions }
    : { intervalDays: DEFAULT_CONTACT_DAYS, questions: DEFAULT_OPINION_QUESTIONS };
}

export interface FirmDue {
  firm: FirmRecord;
  lastAt: string | null;
  dueAt: string;
  overdue: boolean;
  daysLeft: number;
  visits: number;
}

/** The instructor's firms, the one whose contact is due first on top; never-contacted ones first of all. */
export function firmsByDue(
  firms: readonly FirmRecord[],
  visits: readonly VisitRecord[],
  intervalDays: number,
  now: Date,
): FirmDue[] {
  const last = new Map<string, string>();
  const count = new Map<string, number>();
  for (const v of visits) {
    if ((last.get(v.firmId) ?? '') < v.at) last.set(v.firmId, v.at);
    count.set(v.firmId, (count.get(v.firmId) ?? 0) + 1);
  }
  return firms
    .map((firm) => {
      const lastAt = last.get(firm.id) ?? null;
      return {
        firm,
        lastAt,
        visits: count.get(firm.id) ?? 0,
        ...contactDue(lastAt, intervalDays, now),
      };
    })
    .sort((a, b) =>
      a.lastAt === null && b.lastAt !== null
        ? -1
        : b.lastAt === null && a.lastAt !== null
          ? 1
          : a.dueAt.localeCompare(b.dueAt) || a.firm.name.localeCompare(b.firm.name),
    );
}

export const inMonth = (iso: string, month: string) => {
  const { from, to } = monthRange(month);
  return iso >= from && iso < to;
};

export interface DraftTexts {
  heading: (month: string) => string;
  visitsHeading: (n: number) => string;
  visitLine: (v: VisitRecord) => string;
  requestsHeading: (n: number) => string;
  requestLine: (r: RequestRecord) => string;
  eventsHeading: (n: number) => string;
  eventLine: (e: EventRecord) => string;
  none: string;
  closing: string;
}

/**
 * The month's work log as the app drafts it: the month's visits, the requests they raised with
 * their status now, and the party days attended. Plain text: the instructor edits it freely.
 */
export function draftWorklog(
  month: string,
  visits: readonly VisitRecord[],
  requests: readonly RequestRecord[],
  attended: readonly EventRecord[],
  t: DraftTexts,
): string {
  const mine = visits
    .filter((v) => monthOf(v.at) === month)
    .sort((a, b) => a.at.localeCompare(b.at));
  const ids = new Set(mine.map((v) => v.id));
  const raised = requests.filter((r) => r.visitId && ids.has(r.visitId));
  const days = attended.filter((e) => monthOf(e.startsAt) === month);
  const block = (head: string, lines: string[]) =>
    [head, ...(lines.length ? lines.map((l) => `- ${l}`) : [`- ${t.none}`])].join('\n');
  return [
    t.heading(month),
    block(t.visitsHeading(mine.length), mine.map(t.visitLine)),
    block(t.requestsHeading(raised.length), raised.map(t.requestLine)),
    block(t.eventsHeading(days.length), days.map(t.eventLine)),
    t.closing,
  ].join('\n\n');
}

export type LogState = 'submitted' | 'draft' | 'missing';
