import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/badge.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useSession } from '../../sync/session.ts';
import { BackLink } from '../requests/back-link.tsx';
import { sortDiscussions } from './duty-model.ts';
import { useInstructorData } from './use-instructor.ts';
import './strings.ts';

/**
 * The group discussions the phone holds: the instructor's own, and for an organizer those of the
 * instructors under them. Those still to be held first, soonest first; then those held.
 */
export function DiscussionsPage() {
  const { t, i18n } = useTranslation('visits');
  const { user } = useSession();
  const data = useInstructorData();
  const list = useMemo(() => (data ? sortDiscussions(data.discussions) : []), [data]);
  if (!data || !user) return <p className="route-loading">{t('loading')}</p>;
  const now = new Date().toISOString();
  return (
    <div className="stack">
      <PageHeader title={t('discussion.title')} leading={<BackLink to="/instructor" />} />
      <p className="muted">{t('discussion.intro')}</p>
      <p>
        <Link className="btn btn--primary" to="/instructor/discussion/new">
          {t('discussion.new')}
        </Link>
      </p>
      {list.length === 0 ? (
        <EmptyState title={t('discussion.empty')} body={t('discussion.emptyBody')} />
      ) : (
        <ul className="list">
          {list.map((d) => (
            <li key={d.id}>
              <Link className="instructor__visit" to={`/instructor/discussion/${d.id}`}>
                <strong>{d.topic}</strong>
                <span className="muted">
                  <time dateTime={d.at}>{formatDateTime(d.at, i18n.language)}</time> · {d.place} ·{' '}
                  {t('discussion.firmCount', { count: d.firmIds.length })}
                  {d.instructorId !== user.id && <> · {d.instructorName}</>}
                </span>
                <span>
                  {d.held ? (
                    <Badge tone="success">{t('discussion.held')}</Badge>
                  ) : d.at < now ? (
                    <Badge tone="warning">{t('discussion.past')}</Badge>
                  ) : (
                    <Badge tone="neutral">{t('discussion.planned')}</Badge>
                  )}{' '}
                  {d.pending && <Badge tone="info">{t('discussion.waiting')}</Badge>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
