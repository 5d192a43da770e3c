import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../i18n/format.ts';
import type { EventRecord } from '../../shared/records.ts';

/** "2025年3月13日 周四 14:00–16:00" in China Standard Time. */
export function EventWhen({ event }: { event: Pick<EventRecord, 'startsAt' | 'endsAt'> }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const weekday = new Intl.DateTimeFormat(lang, {
    weekday: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(event.startsAt));
  return (
    <time dateTime={event.startsAt}>
      {formatDate(event.startsAt, lang)} {weekday} {formatTime(event.startsAt, lang)}–
      {formatTime(event.endsAt, lang)}
    </time>
  );
}
