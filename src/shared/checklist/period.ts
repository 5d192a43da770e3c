import { CST_OFFSET_MS } from '../china-time.ts';
import { addMonths, shanghaiMonth } from '../party-days.ts';

/**
 * A report period: a month `YYYY-MM` (月报) or a year `YYYY` (年报), in China Standard Time.
 * Both ends use these, so a period means the same instants on the phone and on the server.
 */
export const PERIOD_RE = /^(20\d\d)(?:-(0[1-9]|1[0-2]))?$/;

export interface PeriodRange {
  /** first instant inside, ms since the epoch */
  start: number;
  /** first instant after, ms since the epoch */
  end: number;
}

export const isMonthPeriod = (p: string) => p.length === 7;

/** The instants a period covers, or null for a malformed one. */
export function periodRange(period: string): PeriodRange | null {
  const m = PERIOD_RE.exec(period);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2]) {
    const mo = Number(m[2]);
    return {
      start: Date.UTC(y, mo - 1, 1) - CST_OFFSET_MS,
      end: Date.UTC(y, mo, 1) - CST_OFFSET_MS,
    };
  }
  return { start: Date.UTC(y, 0, 1) - CST_OFFSET_MS, end: Date.UTC(y + 1, 0, 1) - CST_OFFSET_MS };
}

/** True when the period has begun by `now` (a branch reports on what has happened, never ahead). */
export function periodStarted(period: string, now: number): boolean {
  const r = periodRange(period);
  return r !== null && r.start <= now;
}

export const lastMonth = (now: number) => addMonths(shanghaiMonth(now), -1);
export const thisYear = (now: number) => shanghaiMonth(now).slice(0, 4);

/** The months of a period: itself for a month, January to December for a year. */
export function monthsOf(period: string): string[] {
  if (isMonthPeriod(period)) return [period];
  return Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`);
}

/** Quarters (`YYYY-Qn`) that end inside the period, or contain it for a month. */
export function quartersOf(period: string): string[] {
  const y = period.slice(0, 4);
  if (isMonthPeriod(period)) return [`${y}-Q${Math.ceil(Number(period.slice(5, 7)) / 3)}`];
  return [1, 2, 3, 4].map((q) => `${y}-Q${q}`);
}

export const inRange = (iso: string, r: PeriodRange) => {
  const t = Date.parse(iso);
  return t >= r.start && t < r.end;
};
