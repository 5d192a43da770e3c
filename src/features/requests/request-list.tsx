import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format.ts';
import type { RequestRecord } from '../../shared/records.ts';
import { StatusBadge } from './status-badge.tsx';
import { groupName } from './group-label.ts';
import './strings.ts';

interface RequestListProps {
  requests: readonly (RequestRecord & { pending?: boolean })[];
  /** show who filed it (staff and organizers) */
  showRequester?: boolean;
}

export function RequestList({ requests, showRequester = false }: RequestListProps) {
  const { t, i18n } = useTranslation('requests');
  return (
    <ul className="list request-list">
      {requests.map((r) => (
        <li key={r.id}>
          <Link className="request-row" to={`/services/r/${r.id}`}>
            <span className="request-row__title">{r.title}</span>
            {r.visitId && (
              <span className="request-row__visit muted">
                {t('fromVisit', { firm: r.firmName ?? '' })}
              </span>
            )}
            <span className="request-row__meta muted">
              {groupName(t, r.category)} · {showRequester && <>{r.requesterName} · </>}
              <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, i18n.language)}</time>
            </span>
            <StatusBadge status={r.status} pending={r.pending} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
