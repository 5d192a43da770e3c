import { formatTime } from '../../i18n/format.ts';
import { toLocal } from '../../shared/venue-hours.ts';

/** "2025-03-12 14:00–15:00" in venue time, for notices and confirmations. */
export function whenLabel(
  start: string,
  end: string,
  locale: string,
): { date: string; start: string; end: string } {
  return {
    date: toLocal(start).date,
    start: formatTime(start, locale),
    end: formatTime(end, locale),
  };
}
