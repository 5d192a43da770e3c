import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type Column } from '../../components/ui/data-table.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { Select } from '../../components/ui/select.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { uuidv7 } from '../../shared/ids.ts';
import { COVERAGE, type Coverage } from '../../shared/org/kinds.ts';
import type { FirmRecord } from '../../shared/org/records.ts';
import { AdminRefused } from './admin-refused.tsx';
import { BackLink } from './back-link.tsx';
import { parkOf } from './coverage.ts';
import { toCsv } from './csv.ts';
import { downloadFile } from './download-file.ts';
import { FirmEditor } from './firm-editor.tsx';
import { filterFirms, NO_FILTER, type FirmFilter } from './firm-filter.ts';
import { draftOf, type FirmDraft } from './firm-form.ts';
import { nextSort, sortRows, type SortState } from './sort-rows.ts';
import { useAdminData, useViewer } from './use-admin-data.ts';
import './strings.ts';

type Col =
  | 'name'
  | 'creditCode'
  | 'park'
  | 'building'
  | 'memberCount'
  | 'coverage'
  | 'branch'
  | 'instructor'
  | 'actions';

interface Row {
  firm: FirmRecord;
  park: string;
  branch: string;
  instructor: string;
}

const FIRM_MUTATIONS = ['firm.save', 'firm.assign'];

/** The firm register (企业台账): search, filter, sort, edit, export; all from the phone's copy. */
export function FirmsPage() {
  const { t } = useTranslation('admin');
  const data = useAdminData();
  const { viewer, managed } = useViewer(data?.orgs);
  const [filter, setFilter] = useState<FirmFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortState<Col>>({ key: 'name', dir: 'asc' });
  const [editing, setEditing] = useState<{
    draft: FirmDraft;
    isNew: boolean;
    was: string | null;
  } | null>(null);

  const viewerId = viewer?.id;
  const view = useMemo(() => {
    if (!data || !viewerId) return null;
    const orgName = new Map(data.orgs.map((o) => [o.id, o.name]));
    const accountName = new Map(data.accounts.map((a) => [a.id, a.name]));
    const parkIdOf = (orgId: string) => parkOf(data.orgs, orgId)?.id ?? null;
    const mine = data.firms.filter(
      (f) =>
        managed.has(f.orgId) ||
        (f.branchId !== null && managed.has(f.branchId)) ||
        f.instructorId === viewerId,
    );
    const rows: Row[] = mine.map((firm) => ({
      firm,
      park: orgName.get(parkIdOf(firm.orgId) ?? '') ?? '',
      branch: firm.branchId ? (orgName.get(firm.branchId) ?? '') : '',
      instructor: firm.instructorId ? (accountName.get(firm.instructorId) ?? '') : '',
    }));
    const parks = data.orgs.filter((o) => o.kind === 'committee' && managed.has(o.id));
    const places = data.orgs.filter((o) => o.kind !== 'group' && managed.has(o.id));
    const branches = data.orgs.filter((o) => o.kind === 'branch' && managed.has(o.id));
    const instructors = data.accounts.filter((a) => a.roles.includes('instructor') && !a.disabled);
    return { rows, parkIdOf, parks, places, branches, instructors, total: mine.length };
  }, [data, viewerId, managed]);

  if (!view || !viewer) return <p className="route-loading">{t('loading')}</p>;

  const shown = sortRows(
    filterFirms(
      view.rows.map((r) => ({ ...r.firm, row: r })),
      filter,
      view.parkIdOf,
    ).map((f) => f.row),
    sort,
    (r, key): string | number | null => {
      switch (key) {
        case 'name':
        case 'creditCode':
        case 'building':
          return r.firm[key];
        case 'memberCount':
          return r.firm.memberCount;
        case 'coverage':
          return COVERAGE.indexOf(r.firm.coverage);
        case 'actions':
          return null;
        default:
          return r[key];
      }
    },
  );
  const mayAssign = viewer.isOrganizer;

  const columns: Column<Row, Col>[] = [
    {
      key: 'name',
      label: t('firms.col.name'),
      sortable: true,
      render: (r) => <strong>{r.firm.name}</strong>,
    },
    {
      key: 'creditCode',
      label: t('firms.col.creditCode'),
      sortable: true,
      className: 'mono',
      render: (r) => r.firm.creditCode,
    },
    { key: 'park', label: t('firms.col.park'), sortable: true, render: (r) => r.park },
    {
      key: 'building',
      label: t('firms.col.building'),
      sortable: true,
      render: (r) => r.firm.building,
    },
    {
      key: 'memberCount',
      label: t('firms.col.memberCount'),
      sortable: true,
      className: 'num',
      render: (r) => r.firm.memberCount ?? '—',
    },
    {
      key: 'coverage',
      label: t('firms.col.coverage'),
      sortable: true,
      render: (r) => (
        <span className={`coverage coverage--${r.firm.coverage}`}>
          {t(`coverage.${r.firm.coverage}`)}
        </span>
      ),
    },
    { key: 'branch', label: t('firms.col.branch'), sortable: true, render: (r) => r.branch },
    {
      key: 'instructor',
      label: t('firms.col.instructor'),
      sortable: true,
      render: (r) => r.instructor,
    },
  ];
  const actionColumn: Column<Row, Col> = {
    key: 'actions',
    label: t('firms.edit'),
    className: 'actions',
    render: (r) => (
      <Button
        small
        variant="secondary"
        aria-label={t('firms.editLabel', { name: r.firm.name })}
        onClick={() =>
          setEditing({ draft: draftOf(r.firm), isNew: false, was: r.firm.instructorId })
        }
      >
        {t('firms.edit')}
      </Button>
    ),
  };

  const add = () =>
    setEditing({
      isNew: true,
      was: null,
      draft: {
        id: uuidv7(),
        orgId: view.parks[0]?.id ?? viewer.orgId,
        name: '',
        creditCode: '',
        coverage: 'none',
        branchId: '',
        building: '',
        industry: '',
        headcount: '',
        memberCount: '',
        instructorId: '',
      },
    });

  const exportCsv = () => {
    const header = [
      t('firms.col.name'),
      t('firms.col.creditCode'),
      t('firms.col.park'),
      t('firms.col.building'),
      t('firms.col.industry'),
      t('firms.col.headcount'),
      t('firms.col.memberCount'),
      t('firms.col.coverage'),
      t('firms.col.branch'),
      t('firms.col.instructor'),
    ];
    const body = shown.map((r) => [
      r.firm.name,
      r.firm.creditCode,
      r.park,
      r.firm.building,
      r.firm.industry,
      r.firm.headcount,
      r.firm.memberCount,
      t(`coverage.${r.firm.coverage}`),
      r.branch,
      r.instructor,
    ]);
    downloadFile(`${t('firms.fileName')}.csv`, toCsv(header, body), 'text/csv;charset=utf-8');
  };

  return (
    <div className="stack">
      <PageHeader
        title={t('firms.title')}
        leading={<BackLink />}
        actions={
          viewer.isOrganizer && (
            <Button small onClick={add}>
              {t('firms.add')}
            </Button>
          )
        }
      />
      <AdminRefused names={FIRM_MUTATIONS} />
      <div className="filter-bar">
        <TextField
          label={t('firms.search')}
          hint={t('firms.searchHint')}
          type="search"
          value={filter.query}
          onChange={(e) => setFilter({ ...filter, query: e.target.value })}
        />
        <Select
          label={t('firms.coverageFilter')}
          value={filter.coverage}
          onChange={(e) => setFilter({ ...filter, coverage: e.target.value as Coverage | 'all' })}
          options={[
            { value: 'all', label: t('firms.all') },
            ...COVERAGE.map((c) => ({ value: c, label: t(`coverage.${c}`) })),
          ]}
        />
        <Select
          label={t('firms.parkFilter')}
          value={filter.parkId}
          onChange={(e) => setFilter({ ...filter, parkId: e.target.value })}
          options={[
            { value: 'all', label: t('firms.all') },
            ...view.parks.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
      </div>
      <div className="toolbar">
        <p className="muted" aria-live="polite">
          {t('firms.total', { count: shown.length })}
        </p>
        <Button small variant="secondary" disabled={shown.length === 0} onClick={exportCsv}>
          {t('firms.export')}
        </Button>
      </div>
      {view.total === 0 ? (
        <EmptyState title={t('firms.empty')} />
      ) : shown.length === 0 ? (
        <EmptyState title={t('firms.noMatch')} />
      ) : (
        <DataTable
          caption={t('firms.title')}
          columns={viewer.isOrganizer ? [...columns, actionColumn] : columns}
          rows={shown}
          rowKey={(r) => r.firm.id}
          sort={sort}
          onSort={(key) => setSort(nextSort(sort, key))}
          onSortDir={(dir) => setSort({ ...sort, dir })}
          sortLabel={t('firms.sortBy')}
          ascLabel={t('firms.sortAsc')}
          descLabel={t('firms.sortDesc')}
        />
      )}
      {editing && (
        <FirmEditor
          key={editing.draft.id}
          draft={editing.draft}
          isNew={editing.isNew}
          orgs={view.places}
          branches={view.branches}
          instructors={view.instructors}
          mayAssign={mayAssign}
          originalInstructorId={editing.was}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
