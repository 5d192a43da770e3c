import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/ui/empty-state.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="visually-hidden">{t('notFound.title')}</h1>
      <EmptyState
        title={t('notFound.title')}
        body={t('notFound.body')}
        action={
          <Link className="btn btn--primary" to="/lessons">
            {t('notFound.home')}
          </Link>
        }
      />
    </>
  );
}
