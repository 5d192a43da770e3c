import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/ui/card.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { InboxIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { SERVICE_GROUPS } from '../../shared/groups.ts';
import { overdueByGroup } from '../requests/deadlines.ts';
import { RequestList } from '../requests/request-list.tsx';
import { useDeadlines } from '../requests/use-deadlines.ts';
import { useAllRequests } from '../requests/use-requests.ts';
import { useServiceGroups } from '../requests/use-service-groups.ts';
import { BackLink } from './back-link.tsx';
import { useLimitText } from './group-limit-form.tsx';
import './strings.ts';

/**
 * 超时请求: the open requests past their group's time limit, per group, for the district and the
 * organizers (each sees the requests their phone holds: those of their own subtree, pull rule 2).
 * Offline like every screen: the due times come from the group records already on the phone.
 */
export function OverduePage() {
  const { t } = useTranslation('admin');
  const requests = useAllRequests();
  const groups = useServiceGroups();
  const deadlines = useDeadlines(requests);
  const limitText = useLimitText();
  const overdue = useMemo(() => overdueByGroup(requests ?? [], deadlines), [requests, deadlines]);
  const total = [...overdue.values()].reduce((n, list) => n + list.length, 0);
  if (!requests) return <p className="route-loading">{t('loading')}</p>;
  return (
    <div className="stack">
      <PageHeader title={t('overdue.title')} leading={<BackLink />} />
      <p className="muted">{t('overdue.intro')}</p>
      {total === 0 ? (
        <EmptyState icon={<InboxIcon />} title={t('overdue.none')} />
      ) : (
        <>
          <p role="status">{t('overdue.total', { count: total })}</p>
          <div className="park-grid">
            {SERVICE_GROUPS.filter((g) => overdue.has(g)).map((g) => (
              <Card
                key={g}
                level={2}
                title={t('overdue.groupTitle', {
                  group: t(`groups.name.${g}`),
                  count: overdue.get(g)!.length,
                })}
              >
                <p className="muted">
                  {t('groups.limit.current', { limit: limitText(groups?.get(g)?.timeLimit) })}
                </p>
                <RequestList requests={overdue.get(g)!} showRequester deadlines={deadlines} />
              </Card>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
