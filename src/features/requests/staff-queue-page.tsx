import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { InboxIcon } from '../../components/ui/icons.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { SegmentedControl } from '../../components/ui/segmented-control.tsx';
import { Tabs } from '../../components/ui/tabs.tsx';
import { REQUEST_STATUSES } from '../../shared/mutations/requests.ts';
import { useSession } from '../../sync/session.ts';
import { BackLink } from './back-link.tsx';
import { groupName } from './group-label.ts';
import { RequestList } from './request-list.tsx';
import { staffQueue, type QueueFilter, type QueueOrder } from './staff-queue.ts';
import { useAllRequests } from './use-requests.ts';
import { useDeadlines } from './use-deadlines.ts';
import './strings.ts';

const FILTERS: readonly QueueFilter[] = ['open', ...REQUEST_STATUSES];

/** 接单台: the requests of the staff user's groups, with counts per status. */
export function StaffQueuePage() {
  const { t } = useTranslation('requests');
  const { user } = useSession();
  const all = useAllRequests();
  const [filter, setFilter] = useState<QueueFilter>('open');
  const [order, setOrder] = useState<QueueOrder>('oldest_waiting');
  const groups = user?.groups ?? [];
  const { items, counts } = staffQueue(all ?? [], groups, filter, order);
  const deadlines = useDeadlines(items);
  // Overdue first: a request past its group's time limit is the one to take now.
  const shown =
    order === 'oldest_waiting'
      ? [...items].sort(
          (a, b) =>
            Number(deadlines.get(b.id)?.state === 'overdue') -
            Number(deadlines.get(a.id)?.state === 'overdue'),
        )
      : items;
  const overdue = shown.filter((r) => deadlines.get(r.id)?.state === 'overdue').length;
  const label = (f: QueueFilter) =>
    `${f === 'open' ? t('queue.open') : t(`status.${f}`)} ${counts[f]}`;
  return (
    <div className="stack">
      <PageHeader title={t('queue.title')} leading={<BackLink to="/services" />} />
      <p className="muted">
        {groups.length
          ? t('queue.groups', { groups: groups.map((g) => groupName(t, g)).join('、') })
          : t('queue.noGroups')}
      </p>
      {overdue > 0 && (
        <p className="request-overdue-note" role="status">
          {t('deadline.overdueCount', { count: overdue })}
        </p>
      )}
      <SegmentedControl
        legend={t('queue.order')}
        value={order}
        onChange={setOrder}
        options={[
          { value: 'oldest_waiting', label: t('queue.oldestWaiting') },
          { value: 'newest', label: t('queue.newest') },
        ]}
      />
      <Tabs
        label={t('queue.filter')}
        tabs={FILTERS.map((f) => ({ key: f, label: label(f) }))}
        selected={filter}
        onSelect={setFilter}
      >
        {all && items.length === 0 ? (
          <EmptyState icon={<InboxIcon />} title={t('queue.empty')} />
        ) : (
          <RequestList requests={shown} showRequester deadlines={deadlines} />
        )}
      </Tabs>
    </div>
  );
}
