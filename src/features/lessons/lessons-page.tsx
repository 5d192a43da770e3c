import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { BookIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';

export function LessonsPage() {
  const { t } = useTranslation('lessons');
  return (
    <>
      <PageHeader title={t('title')} />
      <EmptyState icon={<BookIcon />} title={t('empty.title')} body={t('empty.body')} />
    </>
  );
}
