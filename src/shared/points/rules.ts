/**
 * The rules that earn points (docs/domain.md "Around the pillars": 学习积分 / 诚信积分). Each is a
 * confirmed fact on the server; nothing a member can repeat at will (wall posts, RSVPs) earns.
 * How many points a rule gives and its caps are data (`point_rules`, versioned by effective date);
 * which category a rule counts towards is fixed here, because the pioneer index depends on it.
 */
import { CST_OFFSET_MS } from '../china-time.ts';

export const POINT_CATEGORIES = ['learning', 'attendance', 'service'] as const;
export type PointCategory = (typeof POINT_CATEGORIES)[number];

export const POINT_RULES = {
  lesson_completed: 'learning',
  lesson_rated: 'learning',
  event_attended: 'attendance',
  request_rated: 'service',
  volunteer_hours: 'service',
} as const satisfies Record<string, PointCategory>;
export type PointRule = keyof typeof POINT_RULES;

export const POINT_RULE_NAMES = Object.keys(POINT_RULES) as PointRule[];

export function isPointRule(rule: string): rule is PointRule {
  return Object.hasOwn(POINT_RULES, rule);
}

/** Where an entry came from: the record whose id is the entry's sourceId. */
export const POINT_SOURCE_TYPES = ['lesson', 'event', 'request', 'volunteer_log'] as const;
export type PointSourceType = (typeof POINT_SOURCE_TYPES)[number];

/** One version of a rule as the read endpoint returns it. */
export interface PointRuleVersion {
  rule: PointRule;
  category: PointCategory;
  /** points per fact (volunteer_hours: per hour) */
  points: number;
  dailyCap: number | null;
  monthlyCap: number | null;
  effectiveFrom: string;
}

/** Month and day boundaries are China Standard Time (UTC+8, no daylight saving). */
export { CST_OFFSET_MS };

/** "2025-03" for the CST month containing `at`. */
export function monthKey(at: Date | string): string {
  const d = new Date(new Date(at).getTime() + CST_OFFSET_MS);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Start (inclusive) and end (exclusive) of a CST month "YYYY-MM", as instants. */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return {
    start: new Date(Date.UTC(y, m - 1, 1) - CST_OFFSET_MS),
    end: new Date(Date.UTC(y, m, 1) - CST_OFFSET_MS),
  };
}

/** Start (inclusive) and end (exclusive) of the CST day containing `at`. */
export function dayBounds(at: Date): { start: Date; end: Date } {
  const day = 86_400_000;
  const start = Math.floor((at.getTime() + CST_OFFSET_MS) / day) * day - CST_OFFSET_MS;
  return { start: new Date(start), end: new Date(start + day) };
}

/** The `count` month keys ending with `last`, oldest first. */
export function lastMonths(last: string, count: number): string[] {
  const [y, m] = last.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
