import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format.ts';
import type { RequestRecord } from '../../shared/records.ts';
import type { Deadline } from '../../shared/time-limit.ts';
import { Badge } from '../../components/ui/badge.tsx';
import { StatusBadge } from './status-badge.tsx';
import { groupName } from './group-label.ts';
import './strings.ts';

interface RequestListProps {
  requests: readonly (RequestRecord & { pending?: boolean })[];
  /** show who filed it (staff and organizers) */
  showRequester?: boolean;
  /** due times under the groups' time limits: overdue requests stand out, with their due time */
  deadlines?: ReadonlyMap<string, Deadline>;
}

export function RequestList({ requests, showRequester = false, deadlines }: RequestListProps) {
  const { t, i18n } = useTranslation('requests');
  return (
    <ul className="list request-list">
      {requests.map((r) => {
        const d = deadlines?.get(r.id);
        const open =
          d && (d.state === 'overdue' || d.state === 'due_soon' || d.state === 'on_time');
        return (
          <li key={r.id}>
            <Link
              className={`request-row${d?.state === 'overdue' ? ' request-row--overdue' : ''}`}
              to={`/services/r/${r.id}`}
            >
              <span className="request-row__title">{r.title}</span>
              {r.visitId && (
                <span className="request-row__visit muted">
                  {t('fromVisit', { firm: r.firmName ?? '' })}
                </span>
              )}
              <span className="request-row__meta muted">
                {groupName(t, r.category)} · {showRequester && <>{r.requesterName} · </>}
                <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, i18n.language)}</time>
                {open && d.dueAt && (
                  <>
                    {' · '}
                    {t('deadline.due', { time: formatDateTime(d.dueAt, i18n.language) })}
                  </>
                )}
              </span>
              <span className="request-badges">
                <StatusBadge status={r.status} pending={r.pending} />
                {d?.state === 'overdue' && <Badge tone="danger">{t('deadline.overdue')}</Badge>}
                {d?.state === 'due_soon' && <Badge tone="warning">{t('deadline.dueSoon')}</Badge>}
                {d?.state === 'late' && <Badge tone="neutral">{t('deadline.late')}</Badge>}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
