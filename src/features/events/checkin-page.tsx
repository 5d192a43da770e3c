import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';

/** Target of the check-in QR (`/checkin?e=&w=&c=`, SYNC.md "Check-in codes"); filled in by events. */
export function CheckinPage() {
  const { t } = useTranslation('events');
  return <PageHeader title={t('checkin.title')} />;
}
