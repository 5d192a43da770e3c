import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { FlagIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';

export function EventsPage() {
  const { t } = useTranslation('events');
  return (
    <>
      <PageHeader title={t('title')} />
      <EmptyState icon={<FlagIcon />} title={t('empty.title')} body={t('empty.body')} />
    </>
  );
}
