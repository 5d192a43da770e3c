import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { BarChart } from '../../components/ui/bar-chart.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { lastMonth, PERIOD_RE } from '../../shared/checklist/period.ts';
import { indicatorsOf } from '../../shared/checklist/template.ts';
import { useSession } from '../../sync/session.ts';
import { useReportLabels } from './labels.ts';
import { PeriodPicker } from './period-picker.tsx';
import { subtreeOf } from '../events/org-tree.ts';
import { buildReport } from './report.ts';
import { useReportData } from './use-report-data.ts';
import './strings.ts';

/** A branch's name without the common ending, so it fits beside its bar (the table has it whole). */
const shortName = (name: string) => {
  const short = name.replace(/(联合)?党支部$/, '');
  return short.length > 6 ? `${short.slice(0, 5)}…` : short || name;
};

/** Every branch the viewer manages side by side: a table at 1024 px and up, cards on a phone. */
export function DistrictPage() {
  const { t } = useTranslation('reports');
  const { nameOf, valueOf, periodName } = useReportLabels();
  const [params, setParams] = useSearchParams();
  const asked = params.get('p') ?? '';
  const period = PERIOD_RE.test(asked) ? asked : lastMonth(Date.now());
  const data = useReportData();
  const { user } = useSession();

  const rows = useMemo(() => {
    if (!data || !user) return [];
    const scope = subtreeOf(data.orgs, user.orgId);
    const now = Date.now();
    const nameById = new Map(data.orgs.map((o) => [o.id, o.name]));
    return data.orgs
      .filter((o) => o.kind === 'branch' && scope.has(o.id))
      .map((o) => ({
        branch: o,
        parent: o.parentId ? (nameById.get(o.parentId) ?? '') : '',
        report: buildReport(data.goals, data, o.id, period, now),
      }))
      .sort((a, b) => a.branch.name.localeCompare(b.branch.name, 'zh-CN'));
  }, [data, user, period]);
  if (!data) return <p className="muted">{t('loading')}</p>;
  const computed = indicatorsOf(data.goals)
    .map((x) => x.indicator)
    .filter((i) => i.kind === 'computed');
  const share = (r: (typeof rows)[number]['report']) => (r.met.of ? r.met.done / r.met.of : 0);

  return (
    <div className="stack report">
      <PageHeader
        title={t('district.title', { period: periodName(period) })}
        leading={
          <Link className="back-link no-print" to="/reports">
            {t('back')}
          </Link>
        }
      />
      <PeriodPicker period={period} onChange={(p) => setParams({ p }, { replace: true })} />
      {rows.length === 0 ? (
        <EmptyState title={t('district.empty')} />
      ) : (
        <>
          <BarChart
            title={t('district.chartTitle')}
            labelHeader={t('district.chartLabel')}
            valueHeader={t('district.chartValue')}
            data={rows.map((r) => ({ label: shortName(r.branch.name), value: share(r.report) }))}
            format={(v) => `${Math.round(v * 100)}%`}
          />
          <div className="district-table-wrap">
            <table className="district-table">
              <caption className="visually-hidden">
                {t('district.title', { period: periodName(period) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('district.branch')}</th>
                  <th scope="col">{t('district.entered')}</th>
                  <th scope="col">{t('district.met')}</th>
                  {computed.map((i) => (
                    <th scope="col" key={i.id}>
                      {nameOf(i)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ branch, parent, report }) => (
                  <tr key={branch.id}>
                    <th scope="row">
                      <Link to={`/reports/branch/${branch.id}?p=${period}`}>{branch.name}</Link>
                      <span className="muted district-parent">{parent}</span>
                    </th>
                    <td data-label={t('district.entered')}>
                      {report.entered.done} / {report.entered.of}
                    </td>
                    <td data-label={t('district.met')}>
                      {report.met.done} / {report.met.of}
                    </td>
                    {computed.map((i) => {
                      const line = report.lines.find((l) => l.indicator.id === i.id);
                      return (
                        <td key={i.id} data-label={nameOf(i)}>
                          {valueOf(i, line?.value ?? null)}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
