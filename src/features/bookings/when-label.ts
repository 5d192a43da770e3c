import { formatDay, formatTime } from '../../i18n/format.ts';

/** "3月12日 14:00–15:00" in venue time (China Standard Time), as every other screen writes a day. */
export function whenLabel(
  start: string,
  end: string,
  locale: string,
): { date: string; start: string; end: string } {
  return {
    date: formatDay(start, locale),
    start: formatTime(start, locale),
    end: formatTime(end, locale),
  };
}
