/**
 * The monthly party-day rule (docs/domain.md pillar 2: "the second Thursday of each month").
 * Times are China Standard Time: Asia/Shanghai has had no daylight saving since 1991, so a fixed
 * +08:00 offset is exact and needs no time-zone database on the phone or the server.
 */
import { CST_OFFSET_MS } from './china-time.ts';

export const SHANGHAI_OFFSET = '+08:00';

export interface MonthlyRule {
  /** 1..4 = first..fourth, -1 = last */
  nth: 1 | 2 | 3 | 4 | -1;
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number;
  /** local start and end, "HH:MM" */
  startTime: string;
  endTime: string;
}

export const DEFAULT_RULE: MonthlyRule = {
  nth: 2,
  weekday: 4,
  startTime: '14:00',
  endTime: '16:00',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM" of a moment, in Shanghai. */
export function shanghaiMonth(epochMs: number): string {
  const d = new Date(epochMs + CST_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** "YYYY-MM" plus `k` months. */
export function addMonths(month: string, k: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + k;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/** The day ("YYYY-MM-DD") of the rule's weekday in that month. */
export function nthWeekday(month: string, nth: MonthlyRule['nth'], weekday: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  let day: number;
  if (nth === -1) {
    const lastDow = new Date(Date.UTC(y, m - 1, daysInMonth)).getUTCDay();
    day = daysInMonth - ((lastDow - weekday + 7) % 7);
  } else {
    const firstDow = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
    day = 1 + ((weekday - firstDow + 7) % 7) + (nth - 1) * 7;
  }
  return `${month}-${pad(day)}`;
}

/** An ISO instant (UTC) for a Shanghai wall-clock date and time. */
export function shanghaiInstant(day: string, time: string): string {
  return new Date(`${day}T${time}:00${SHANGHAI_OFFSET}`).toISOString();
}

/** Start and end of the rule's party day in each of `count` months from `fromMonth`. */
export function seriesDates(
  rule: MonthlyRule,
  fromMonth: string,
  count: number,
): { month: string; startsAt: string; endsAt: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const month = addMonths(fromMonth, i);
    const day = nthWeekday(month, rule.nth, rule.weekday);
    return {
      month,
      startsAt: shanghaiInstant(day, rule.startTime),
      endsAt: shanghaiInstant(day, rule.endTime),
    };
  });
}
