import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import type { DueItem } from '../../shared/recruitment/due.ts';
import { STATUS_TONE, showDate } from './labels.ts';
import './strings.ts';

/** The next item of a candidate, with its date and whether it is due or overdue. */
export function DueBadge({ item }: { item: DueItem }) {
  const { t, i18n } = useTranslation('recruitment');
  const what = t(`due.${item.kind}`);
  return (
    <span className="recruit-due">
      <Badge tone={STATUS_TONE[item.status]}>{t(`status.${item.status}`)}</Badge>{' '}
      <span>
        {item.date
          ? t('dueOn', { what, date: showDate(item.date, i18n.language) })
          : t('dueNoDate', { what })}
      </span>
    </span>
  );
}
