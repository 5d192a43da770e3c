import { useTranslation } from 'react-i18next';
import { handlesCategory } from '../../shared/request-flow.ts';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useSession } from '../../sync/session.ts';
import { RefusedHere } from '../me/refused-here.tsx';
import { BackLink } from './back-link.tsx';
import { groupName } from './group-label.ts';
import { RequestPhotos } from './request-photos.tsx';
import { RequestThread } from './request-thread.tsx';
import { RequestTimeline } from './request-timeline.tsx';
import { RequesterActions } from './requester-actions.tsx';
import { StaffActions } from './staff-actions.tsx';
import { StatusBadge } from './status-badge.tsx';
import { useRequest } from './use-requests.ts';
import { GroupHandlers } from './group-handlers.tsx';
import { useServiceGroups } from './use-service-groups.ts';
import './strings.ts';

export function RequestDetailPage() {
  const { t, i18n } = useTranslation('requests');
  const { id } = useParams();
  const { user } = useSession();
  const request = useRequest(id);
  const groups = useServiceGroups();
  if (request === undefined) return null;
  if (request === null || !user) {
    return (
      <div className="stack">
        <PageHeader title={t('title')} leading={<BackLink to="/services" />} />
        <RefusedHere target={id} />
        <EmptyState title={t('detail.notFound')} />
      </div>
    );
  }
  const isRequester = request.userId === user.id;
  const isGroupStaff = handlesCategory(user, request.category);
  const back = isGroupStaff && !isRequester ? '/services/queue' : '/services';
  return (
    <div className="stack">
      <PageHeader title={request.title} leading={<BackLink to={back} />} />
      <RefusedHere target={request.id} />
      <div className="card stack">
        <StatusBadge status={request.status} pending={request.pending} />
        {request.pending && <p className="muted">{t('pendingHint')}</p>}
        <dl className="dl">
          <dt>{t('detail.group')}</dt>
          <dd>{groupName(t, request.category)}</dd>
          {groups?.get(request.category) && (
            <>
              <dt>{t('handlers.label')}</dt>
              <dd>
                <GroupHandlers group={groups.get(request.category)} />
              </dd>
            </>
          )}
          <dt>{t('detail.requester')}</dt>
          <dd>
            {request.requesterName}
            {request.visitId && (
              <>
                <br />
                <span className="muted">{t('fromVisit', { firm: request.firmName ?? '' })}</span>
              </>
            )}
          </dd>
          <dt>{t('detail.filedAt')}</dt>
          <dd>
            <time dateTime={request.createdAt}>
              {formatDateTime(request.createdAt, i18n.language)}
            </time>
          </dd>
          {request.rating && !isRequester && (
            <>
              <dt>{t('detail.rating')}</dt>
              <dd>
                {t('detail.stars', { score: request.rating.score })}
                {request.rating.comment ? ` — ${request.rating.comment}` : ''}
              </dd>
            </>
          )}
        </dl>
        <p className="request-body">{request.body}</p>
      </div>
      {['submitted', 'accepted', 'in_progress'].includes(request.status) &&
        groups?.get(request.category)?.staff.length === 0 && (
          <p className="notice notice--danger">{t('handlers.noneOnRequest')}</p>
        )}
      <RequestPhotos photos={request.photos} />
      {isGroupStaff && <StaffActions requestId={request.id} status={request.status} />}
      <RequestTimeline request={request} />
      <RequestThread requestId={request.id} canWrite />
      {isRequester && <RequesterActions request={request} />}
    </div>
  );
}
