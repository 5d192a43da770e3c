import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Badge, type BadgeTone } from '../../components/ui/badge.tsx';
import { Button } from '../../components/ui/button.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { LiveRegion } from '../../components/ui/live-region.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { lastMonth, PERIOD_RE } from '../../shared/checklist/period.ts';
import { useSession } from '../../sync/session.ts';
import { toCsv } from '../admin/csv.ts';
import { saveFile } from '../members/save-file.ts';
import { AssessDialog } from './assess-dialog.tsx';
import { reportRows, reportXlsx, type ExportWords } from './export.ts';
import { useReportLabels } from './labels.ts';
import { PeriodPicker } from './period-picker.tsx';
import { subtreeOf } from '../events/org-tree.ts';
import { buildReport, type LineStatus, type ReportLine } from './report.ts';
import { useReportData } from './use-report-data.ts';
import { Photo } from '../requests/request-photos.tsx';
import './strings.ts';

const TONE: Record<LineStatus, BadgeTone> = {
  met: 'success',
  below: 'warning',
  recorded: 'info',
  no_data: 'neutral',
};

/** A branch's monthly or annual report: on screen, printable, exported; entered indicators editable. */
export function BranchReportPage() {
  const { t } = useTranslation('reports');
  const labels = useReportLabels();
  const { nameOf, valueOf, periodName } = labels;
  const { branchId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('p') ?? '';
  const period = PERIOD_RE.test(asked) ? asked : lastMonth(Date.now());
  const data = useReportData();
  const { user } = useSession();
  const [editing, setEditing] = useState<ReportLine | null>(null);
  const [said, setSaid] = useState('');

  const report = useMemo(
    () => (data ? buildReport(data.goals, data, branchId, period, Date.now()) : null),
    [data, branchId, period],
  );
  if (!data || !report) return <p className="muted">{t('loading')}</p>;
  const branch = data.orgs.find((o) => o.id === branchId);
  if (!branch) return <EmptyState title={t('home.noBranches')} />;
  const mayEnter =
    !!user &&
    (user.roles.includes('organizer') || user.roles.includes('admin')) &&
    subtreeOf(data.orgs, user.orgId).has(branchId);
  const title = t('report.title', { branch: branch.name, period: periodName(period) });
  const targetOf = (l: ReportLine) =>
    l.indicator.target === null ? '—' : valueOf(l.indicator, l.indicator.target);
  const resultOf = (l: ReportLine) => {
    const v = valueOf(l.indicator, l.value);
    return l.indicator.kind === 'computed' && l.of && l.indicator.unit === 'percent'
      ? `${v}（${t('report.ofCount', { count: l.count, of: l.of })}）`
      : v;
  };
  const words: ExportWords = {
    headers: [
      t('report.goal'),
      t('report.responsibility'),
      t('report.indicator'),
      t('report.kind'),
      t('report.value'),
      t('report.target'),
      t('status.met'),
      t('report.evidence'),
    ],
    kind: (computed) => (computed ? t('report.computed') : t('report.enteredKind')),
    name: nameOf,
    value: resultOf,
    target: targetOf,
    status: (l) => t(`status.${l.status}`),
  };
  const fileName = `${branch.name}-${period}`;
  const exportXlsx = async () => {
    const blob = await reportXlsx(title, words.headers, reportRows(report, words));
    saveFile(`${fileName}.xlsx`, blob);
  };
  const exportCsv = () => {
    saveFile(`${fileName}.csv`, toCsv(words.headers, reportRows(report, words)));
  };

  // goal → responsibility → lines, in template order
  const groups = data.goals.map((g) => ({
    goal: g,
    responsibilities: g.responsibilities.map((r) => ({
      responsibility: r,
      lines: report.lines.filter((l) => l.responsibility.id === r.id && l.goal.id === g.id),
    })),
  }));

  return (
    <div className="stack report">
      <PageHeader
        title={title}
        leading={
          <Link className="back-link no-print" to="/reports">
            {t('back')}
          </Link>
        }
      />
      <PeriodPicker period={period} onChange={(p) => setParams({ p }, { replace: true })} />
      <div className="report-actions no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('report.print')}
        </Button>
        <Button variant="secondary" onClick={() => void exportXlsx()}>
          {t('report.export')}
        </Button>
        <Button variant="ghost" onClick={exportCsv}>
          {t('report.exportCsv')}
        </Button>
      </div>
      <p className="report-summary">
        <span>{t('report.entered', report.entered)}</span>
        <span>{t('report.met', report.met)}</span>
        <span className="muted">
          {t('report.generated', {
            at: new Date().toLocaleString(labels.locale, { timeZone: 'Asia/Shanghai' }),
          })}
        </span>
      </p>
      <LiveRegion message={said} />
      {groups.map(({ goal, responsibilities }) => (
        <section className="report-goal" key={goal.id} aria-labelledby={`goal-${goal.id}`}>
          <h2 id={`goal-${goal.id}`} className="report-goal__title">
            {nameOf(goal)}
          </h2>
          {responsibilities.map(({ responsibility, lines }) => (
            <div className="report-resp" key={responsibility.id}>
              <h3 className="report-resp__title">{nameOf(responsibility)}</h3>
              <table className="report-table">
                <thead>
                  <tr>
                    <th scope="col">{t('report.indicator')}</th>
                    <th scope="col">{t('report.value')}</th>
                    <th scope="col">{t('report.target')}</th>
                    <th scope="col">{t('report.evidence')}</th>
                  </tr>
                </thead>
                <tbody>
                  {lines.map((l) => (
                    <tr
                      key={l.indicator.id}
                      className="report-line"
                      data-indicator={l.indicator.id}
                      data-kind={l.indicator.kind}
                    >
                      <th scope="row" className="report-line__name">
                        {nameOf(l.indicator)}
                        <span className="report-line__kind">
                          {l.indicator.kind === 'computed'
                            ? t('report.computed')
                            : t('report.enteredKind')}
                        </span>
                      </th>
                      <td className="report-line__value" data-label={t('report.value')}>
                        <strong className="report-value">{resultOf(l)}</strong>{' '}
                        <Badge tone={TONE[l.status]}>{t(`status.${l.status}`)}</Badge>
                        {l.pending && <Badge tone="info">{t('report.waiting')}</Badge>}
                      </td>
                      <td data-label={t('report.target')}>{targetOf(l)}</td>
                      <td className="report-line__evidence" data-label={t('report.evidence')}>
                        {l.evidence && <span className="report-evidence">{l.evidence}</span>}
                        {l.photos && l.photos.length > 0 && (
                          <span className="report-photos">
                            {l.photos.map((p, i) => (
                              <Photo
                                key={p.id}
                                url={p.url}
                                alt={t('report.photoAlt', {
                                  indicator: nameOf(l.indicator),
                                  n: i + 1,
                                })}
                              />
                            ))}
                          </span>
                        )}
                        {l.authorName && (
                          <span className="muted report-author">
                            {t('report.byAuthor', { name: l.authorName })}
                          </span>
                        )}
                        {l.indicator.kind === 'entered' && mayEnter && (
                          <Button
                            small
                            variant="secondary"
                            className="no-print"
                            aria-label={`${l.value === null ? t('report.enter') : t('report.edit')}：${nameOf(l.indicator)}`}
                            onClick={() => setEditing(l)}
                          >
                            {l.value === null ? t('report.enter') : t('report.edit')}
                          </Button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
      {editing && (
        <AssessDialog
          line={editing}
          goals={data.goals}
          branchId={branchId}
          period={period}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setSaid(t('assess.saved'));
          }}
        />
      )}
    </div>
  );
}
