import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatFileDate,
  formatTime,
} from '../../../src/i18n/format.ts';
import { LOCALES, TIME_ZONE } from '../../../src/i18n/locales.ts';

// format.ts writes dates by hand with a fixed UTC+8; these are the Intl formats it stands for.
const intl = (locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options });

const cases: [string, typeof formatTime, Intl.DateTimeFormatOptions][] = [
  ['formatTime', formatTime, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }],
  ['formatDate', formatDate, { year: 'numeric', month: 'long', day: 'numeric' }],
  ['formatDay', formatDay, { month: 'short', day: 'numeric' }],
  [
    'formatDateTime',
    formatDateTime,
    { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  ],
];

/** Instants from 1992 to 2099: every month's edges around midnight in Beijing, and random ones. */
function instants(): string[] {
  const out: string[] = [];
  for (let year = 1992; year < 2100; year += 1) {
    for (let month = 0; month < 12; month += 1) {
      const first = Date.UTC(year, month, 1);
      for (const offsetMin of [-8 * 60 - 1, -8 * 60, -8 * 60 + 1, 0, 15 * 60 + 59]) {
        out.push(new Date(first + offsetMin * 60_000).toISOString());
      }
    }
  }
  let seed = 20261124;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const from = Date.UTC(1992, 0, 1);
  const to = Date.UTC(2099, 11, 31);
  for (let i = 0; i < 2000; i += 1) {
    out.push(new Date(from + Math.floor(random() * (to - from))).toISOString());
  }
  return out;
}

describe('date formats (China Standard Time, by hand)', () => {
  const all = instants();
  for (const locale of LOCALES) {
    for (const [name, format, options] of cases) {
      it(`${name} matches Intl.DateTimeFormat in ${locale} for ${all.length} instants`, () => {
        const reference = intl(locale, options);
        const differing = all.filter(
          (iso) => format(iso, locale) !== reference.format(new Date(iso)),
        );
        expect(differing.slice(0, 5).map((iso) => [iso, format(iso, locale)])).toEqual([]);
      });
    }
  }

  it('reads the phone-independent zone: 23:30 UTC is the next morning in Beijing', () => {
    expect(formatTime('2026-11-23T23:30:00.000Z', 'zh-CN')).toBe('07:30');
    expect(formatDate('2026-11-23T23:30:00.000Z', 'zh-CN')).toBe('2026年11月24日');
    expect(formatDateTime('2026-11-23T23:30:00.000Z', 'en')).toBe('Nov 24, 07:30');
  });

  it('writes a file name’s date in the UI’s language: Chinese words, or ISO digits', () => {
    expect(formatFileDate('2026-12-01T16:30:00.000Z', 'zh-CN')).toBe('2026年12月2日');
    expect(formatFileDate('2026-12-01T16:30:00.000Z', 'en')).toBe('2026-12-02');
  });

  it('refuses an invalid date as Intl does', () => {
    expect(() => formatDate('not a date', 'en')).toThrow(RangeError);
  });
});
