import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { InboxIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useSession } from '../../sync/session.ts';
import { RequestList } from './request-list.tsx';
import { useMyRequests } from './use-requests.ts';
import './strings.ts';

export function RequestsHome() {
  const { t } = useTranslation('requests');
  const { user } = useSession();
  const mine = useMyRequests();
  const roles = user?.roles ?? [];
  const isMember = roles.includes('member');
  const isStaff = roles.includes('staff');
  const isOrganizer = roles.includes('organizer') || roles.includes('admin');
  return (
    <div className="stack">
      <PageHeader title={t('title')} />
      <nav className="service-actions" aria-label={t('title')}>
        {isMember && (
          <Link className="btn btn--primary" to="/services/new">
            {t('home.newRequest')}
          </Link>
        )}
        {isMember && (
          <Link className="btn btn--secondary" to="/services/venues">
            {t('home.venues')}
          </Link>
        )}
        {isStaff && (
          <Link className="btn btn--primary" to="/services/queue">
            {t('home.queue')}
          </Link>
        )}
        {isOrganizer && (
          <Link className="btn btn--secondary" to="/services/overview">
            {t('home.overview')}
          </Link>
        )}
        {isOrganizer && (
          <Link className="btn btn--secondary" to="/services/venues/manage">
            {t('home.manageVenues')}
          </Link>
        )}
      </nav>
      {isMember && (
        <section aria-labelledby="my-requests">
          <h2 id="my-requests">{t('home.mine')}</h2>
          {mine && mine.length > 0 ? (
            <RequestList requests={mine} />
          ) : (
            mine && (
              <EmptyState icon={<InboxIcon />} title={t('empty.title')} body={t('empty.body')} />
            )
          )}
        </section>
      )}
    </div>
  );
}
