import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge.tsx';
import { DataTable, type Column } from '../../components/ui/data-table.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { monthOf, previousMonth, worklogId } from '../../shared/visits/rules.ts';
import type { WorklogRecord } from '../../shared/visits/records.ts';
import { useSession } from '../../sync/session.ts';
import { BackLink } from '../requests/back-link.tsx';
import type { LogState } from './home-model.ts';
import { useInstructorData } from './use-instructor.ts';
import './strings.ts';

type Col = 'name' | 'org' | 'state' | 'submittedAt';
interface Row {
  id: string;
  name: string;
  org: string;
  state: LogState;
  log: WorklogRecord | undefined;
}
const ORDER: Record<LogState, number> = { missing: 0, draft: 1, submitted: 2 };

/** For the district and organizers: which instructors in their area have submitted a month's log. */
export function WorklogsPage() {
  const { t, i18n } = useTranslation('visits');
  const { user } = useSession();
  const data = useInstructorData();
  const thisMonth = monthOf(new Date());
  const months = [thisMonth, previousMonth(thisMonth), previousMonth(previousMonth(thisMonth))];
  const [month, setMonth] = useState(months[1]!);
  const [sort, setSort] = useState<{ key: Col; dir: 'asc' | 'desc' }>({ key: 'state', dir: 'asc' });

  const rows = useMemo<Row[]>(() => {
    if (!data || !user) return [];
    const orgName = new Map(data.orgs.map((o) => [o.id, o.name]));
    const logs = new Map(data.worklogs.map((w) => [w.id, w]));
    return data.admins
      .filter((a) => a.roles.includes('instructor') && !a.disabled)
      .map((a) => {
        const log = logs.get(worklogId(a.userId, month));
        const state: LogState = !log
          ? 'missing'
          : log.status === 'submitted'
            ? 'submitted'
            : 'draft';
        return { id: a.userId, name: a.name, org: orgName.get(a.orgId) ?? '', state, log };
      });
  }, [data, user, month]);

  if (!data || !user) return <p className="route-loading">{t('loading')}</p>;
  const key = (r: Row): string | number =>
    sort.key === 'state'
      ? ORDER[r.state]
      : sort.key === 'submittedAt'
        ? (r.log?.submittedAt ?? '')
        : r[sort.key];
  const shown = [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const c = x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name, 'zh-CN');
    return sort.dir === 'asc' ? c : -c;
  });
  const missing = rows.filter((r) => r.state !== 'submitted').length;
  const columns: Column<Row, Col>[] = [
    {
      key: 'name',
      label: t('logs.name'),
      sortable: true,
      render: (r) => <strong>{r.name}</strong>,
    },
    { key: 'org', label: t('logs.org'), sortable: true, render: (r) => r.org },
    {
      key: 'state',
      label: t('logs.state'),
      sortable: true,
      render: (r) => (
        <Badge
          tone={r.state === 'submitted' ? 'success' : r.state === 'draft' ? 'warning' : 'danger'}
        >
          {t(`logs.${r.state}`)}
        </Badge>
      ),
    },
    {
      key: 'submittedAt',
      label: t('logs.submittedAt'),
      sortable: true,
      render: (r) => (r.log?.submittedAt ? formatDateTime(r.log.submittedAt, i18n.language) : '—'),
    },
  ];
  return (
    <div className="stack">
      <PageHeader title={t('logs.title')} leading={<BackLink to="/instructor" />} />
      <Select
        label={t('logs.month')}
        value={month}
        onChange={(e) => setMonth(e.target.value)}
        options={months.map((m) => ({ value: m, label: m }))}
      />
      {rows.length === 0 ? (
        <EmptyState title={t('logs.none')} />
      ) : (
        <>
          <p>
            <Badge tone={missing ? 'warning' : 'success'}>
              {t('logs.missingCount', { count: missing })}
            </Badge>
          </p>
          <DataTable
            caption={t('logs.caption', { month })}
            columns={columns}
            rows={shown}
            rowKey={(r) => r.id}
            sort={sort}
            onSort={(k) =>
              setSort((s) => ({ key: k, dir: s.key === k && s.dir === 'asc' ? 'desc' : 'asc' }))
            }
            sortLabel={t('logs.sort')}
            ascLabel={t('logs.asc')}
            descLabel={t('logs.desc')}
            onSortDir={(dir) => setSort((s) => ({ ...s, dir }))}
          />
        </>
      )}
    </div>
  );
}
