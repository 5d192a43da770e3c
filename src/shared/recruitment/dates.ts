import { CST_OFFSET_MS } from '../china-time.ts';

/**
 * Recruitment counts in calendar dates of China Standard Time (`YYYY-MM-DD`): "a year after the
 * branch meeting" is the same day next year, whatever the hour either step was typed in.
 */
export type DateString = string;

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The China date of an instant (an ISO time with offset, or a Date). */
export function chinaDate(at: string | Date): DateString {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight at the start of a China date, as the ISO time the mutations carry. */
export const dateToIso = (d: DateString) => `${d}T00:00:00+08:00`;

/**
 * The same day `n` months later; a day the target month lacks becomes its last day (31 Jan + 1
 * month = 28 or 29 Feb, 29 Feb + 12 months = 28 Feb).
 */
export function addMonths(d: DateString, n: number): DateString {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  const pad = (x: number, w = 2) => String(x).padStart(w, '0');
  return `${pad(ty, 4)}-${pad(tm + 1)}-${pad(Math.min(day, last))}`;
}

export const addDays = (d: DateString, n: number): DateString =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

/** Whole days from `a` to `b` (negative when b is earlier). */
export const daysBetween = (a: DateString, b: DateString) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400_000);
