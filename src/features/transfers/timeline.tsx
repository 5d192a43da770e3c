import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { formatDate } from '../../i18n/format.ts';
import type { TransferRecord } from '../../shared/transfers/records.ts';
import {
  isOverdue,
  nextStep,
  TRANSFER_REMINDER_DAYS,
  waitingDays,
} from '../../shared/transfers/rules.ts';
import './strings.ts';

/** A case's steps so far, and what it waits for (flagged when it has waited too long). */
export function TransferTimeline({ transfer, now }: { transfer: TransferRecord; now: number }) {
  const { t, i18n } = useTranslation('transfers');
  const next = nextStep(transfer.stage);
  const days = waitingDays(transfer, now);
  return (
    <div className="transfer-timeline">
      <ol className="transfer-timeline__steps" aria-label={t('transfer.timeline')}>
        {transfer.steps.map((s, i) => (
          <li key={i} className="transfer-timeline__step">
            <strong>{t(`transfer.stage.${s.stage}`)}</strong>{' '}
            <span className="muted">
              {formatDate(s.at, i18n.language)}
              {s.byName ? ` · ${t('transfer.by', { name: s.byName })}` : ''}
            </span>
            {s.note && <p className="transfer-timeline__note">{s.note}</p>}
          </li>
        ))}
      </ol>
      {next && (
        <p className="transfer-timeline__next">
          {t('transfer.waitingFor', { step: t(`transfer.stage.${next}`) })} ·{' '}
          {t('transfer.waitingDays', { count: days })}{' '}
          {isOverdue(transfer, now) && (
            <Badge tone="warning">{t('transfer.overdue', { days: TRANSFER_REMINDER_DAYS })}</Badge>
          )}
        </p>
      )}
    </div>
  );
}
