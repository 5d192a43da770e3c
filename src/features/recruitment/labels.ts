import type { BadgeTone } from '../../components/ui/badge.tsx';
import type { DueStatus } from '../../shared/recruitment/due.ts';
import { dateToIso } from '../../shared/recruitment/dates.ts';
import { formatDate } from '../../i18n/format.ts';

export const STATUS_TONE: Record<DueStatus, BadgeTone> = {
  overdue: 'danger',
  due: 'warning',
  upcoming: 'neutral',
  waiting: 'info',
};

/** A China date (`YYYY-MM-DD`) in the reader's language. */
export const showDate = (d: string, locale: string) => formatDate(dateToIso(d), locale);
