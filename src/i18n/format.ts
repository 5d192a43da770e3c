import { CST_OFFSET_MS } from '../shared/china-time.ts';

// Dates and times are written out by hand rather than with Intl.DateTimeFormat: the first
// DateTimeFormat a page creates costs about 40 ms of main thread in Chromium (ICU loads the
// locale's calendar data), and the lesson list needs one before its first paint. At a phone's
// speed that was the largest single block of the home page's blocking time (bench/README.md).
// The output is checked against Intl.DateTimeFormat in TIME_ZONE for both locales
// (tests/unit/i18n/format.test.ts).

const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_SHORT = MONTHS_LONG.map((m) => m.slice(0, 3));

interface WallClock {
  year: number;
  month: number; // 0-11
  day: number;
  time: string; // "14:05"
}

/** The wall clock in TIME_ZONE at `iso`; throws RangeError for an invalid date, as Intl does. */
function wallClock(iso: string): WallClock {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Invalid time value: ${iso}`);
  const d = new Date(ms + CST_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    time: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`,
  };
}

const isChinese = (locale: string) => locale.startsWith('zh');

/** "14:05" in China Standard Time, whatever zone the phone is set to. */
export function formatTime(iso: string, _locale: string): string {
  return wallClock(iso).time;
}

/** "2026年11月24日" / "November 24, 2026". */
export function formatDate(iso: string, locale: string): string {
  const { year, month, day } = wallClock(iso);
  return isChinese(locale)
    ? `${year}年${month + 1}月${day}日`
    : `${MONTHS_LONG[month]} ${day}, ${year}`;
}

/** "11月24日" / "Nov 24": a day of the current season, as the day part of formatDateTime. */
export function formatDay(iso: string, locale: string): string {
  const { month, day } = wallClock(iso);
  return isChinese(locale) ? `${month + 1}月${day}日` : `${MONTHS_SHORT[month]} ${day}`;
}

/**
 * The date inside a downloaded file's name: "2026年11月24日" in Chinese, "2026-11-24" otherwise
 * (sorts by name, and has no spaces or commas for a file system to trip on).
 */
export function formatFileDate(iso: string, locale: string): string {
  const { year, month, day } = wallClock(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return isChinese(locale)
    ? `${year}年${month + 1}月${day}日`
    : `${year}-${two(month + 1)}-${two(day)}`;
}

/** "11月24日 14:05" / "Nov 24, 14:05". */
export function formatDateTime(iso: string, locale: string): string {
  const { month, day, time } = wallClock(iso);
  return isChinese(locale)
    ? `${month + 1}月${day}日 ${time}`
    : `${MONTHS_SHORT[month]} ${day}, ${time}`;
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit >= 2 ? 1 : 0,
  }).format(value);
}
