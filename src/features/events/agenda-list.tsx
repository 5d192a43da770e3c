import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import type { AgendaItem } from '../../shared/records.ts';
import './strings.ts';

/** The programme, each item marked mandatory (必选) or chosen (自选). */
export function AgendaList({ agenda }: { agenda: readonly AgendaItem[] }) {
  const { t } = useTranslation('events');
  if (agenda.length === 0) return <p className="muted">{t('agenda.none')}</p>;
  return (
    <ol className="agenda">
      {agenda.map((item, i) => (
        <li key={`${i}-${item.title}`} className="agenda__item">
          <span>{item.title}</span>
          <Badge tone={item.mandatory ? 'primary' : 'neutral'}>
            {item.mandatory ? t('agenda.mandatory') : t('agenda.optional')}
          </Badge>
        </li>
      ))}
    </ol>
  );
}
