import { CST_OFFSET_MS } from '../../shared/china-time.ts';

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

/** A day `days` from `now` at hh:mm China Standard Time. */
export function cst(now: Date, days: number, hh: number, mm = 0): Date {
  const d = new Date(now.getTime() + CST_OFFSET_MS);
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hh - 8, mm, 0, 0);
  return d;
}

export const ago = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

/** The calendar date (China Standard Time) of a moment, as YYYY-MM-DD. */
export const cstDate = (d: Date) =>
  new Date(d.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
