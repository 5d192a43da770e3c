import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { InboxIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';

export function RequestsPage() {
  const { t } = useTranslation('requests');
  return (
    <>
      <PageHeader title={t('title')} />
      <EmptyState icon={<InboxIcon />} title={t('empty.title')} body={t('empty.body')} />
    </>
  );
}
