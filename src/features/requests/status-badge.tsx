import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/ui/badge.tsx';
import { ClockIcon } from '../../components/ui/icons.tsx';
import type { RequestStatus } from '../../shared/mutations/requests.ts';
import './strings.ts';

const TONE: Record<RequestStatus, BadgeTone> = {
  submitted: 'info',
  accepted: 'primary',
  in_progress: 'warning',
  resolved: 'success',
  rejected: 'danger',
  cancelled: 'neutral',
};

/** The status in words (never colour alone); "waiting to sync" while the change is only on the phone. */
export function StatusBadge({ status, pending }: { status: RequestStatus; pending?: boolean }) {
  const { t } = useTranslation('requests');
  return (
    <span className="request-badges">
      <Badge tone={TONE[status]}>{t(`status.${status}`)}</Badge>
      {pending && (
        <Badge tone="neutral" icon={<ClockIcon aria-hidden="true" />}>
          {t('pending')}
        </Badge>
      )}
    </span>
  );
}
