import { CST_OFFSET_MS } from '../china-time.ts';

/**
 * Instructors' work (docs/organisation.md, "Instructors"): the rules both the phone and the server
 * apply to visits, the district's visit settings and the monthly work log.
 */

export const VISIT_KINDS = ['visit', 'phone', 'online'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** A contact every half month unless the district sets another interval. */
export const DEFAULT_CONTACT_DAYS = 15;
export const MIN_CONTACT_DAYS = 1;
export const MAX_CONTACT_DAYS = 90;
/** At most this many problems per visit (each becomes a service request). */
export const MAX_VISIT_PROBLEMS = 10;
export const MAX_OPINION_QUESTIONS = 20;
/** A visit may be recorded up to a day ahead (phone clocks are wrong), never further. */
export const VISIT_AT_LEAD_MS = 24 * 3600_000;

export interface OpinionQuestion {
  id: string;
  text: string;
}

/**
 * The opinion form (征求意见表) a district starts with until its admin edits it: short questions
 * an instructor asks the firm's contact person on each visit.
 */
export const DEFAULT_OPINION_QUESTIONS: readonly OpinionQuestion[] = [
  { id: 'satisfaction', text: '对园区党组织近期的服务是否满意？哪里还可以改进？' },
  { id: 'needs', text: '企业当前最需要协调解决的一件事是什么？' },
  { id: 'members', text: '企业里的党员是否都已亮明身份、参加组织生活？' },
  { id: 'activities', text: '希望党组织下季度组织哪类活动或培训？' },
];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const isMonth = (s: string) => MONTH.test(s);

/** The calendar month (China Standard Time) of a moment, as YYYY-MM. */
export function monthOf(at: Date | string): string {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(t + CST_OFFSET_MS).toISOString().slice(0, 7);
}

/** The month before `month` (YYYY-MM). */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The first and the end (exclusive) instant of a China-time month, as ISO strings. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = Date.UTC(y, m - 1, 1) - CST_OFFSET_MS;
  const to = Date.UTC(y, m, 1) - CST_OFFSET_MS;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** A work log may be written for the current month or earlier, never for one still to come. */
export const isFutureMonth = (month: string, now: Date) => month > monthOf(now);

/**
 * When a firm's next contact is due: `intervalDays` after its latest visit, or now when it has
 * never been contacted. Overdue once that moment has passed.
 */
export function contactDue(
  lastAt: string | null,
  intervalDays: number,
  now: Date,
): { dueAt: string; overdue: boolean; daysLeft: number } {
  const due = lastAt ? Date.parse(lastAt) + intervalDays * 86400_000 : now.getTime();
  const left = (due - now.getTime()) / 86400_000;
  return {
    dueAt: new Date(due).toISOString(),
    overdue: lastAt === null || due < now.getTime(),
    daysLeft: Math.floor(left),
  };
}

/**
 * A stable id for a key, so both ends (and two phones offline) name the same record. A version-8
 * UUID built from four FNV-1a hashes of the key: not secret, only stable.
 */
export function stableId(input: string): string {
  let hex = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) {
    let h = seed >>> 0;
    for (let i = 0; i < input.length; i++) {
      h ^= input.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The id of a user's work log for a month. Both ends compute it, so two phones drafting the same
 * month offline write the same record, and a resent save stays one record.
 */
export const worklogId = (userId: string, month: string) => stableId(`worklog:${userId}:${month}`);
