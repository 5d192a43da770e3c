import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { nextDue } from '../../shared/recruitment/due.ts';
import { STAGES } from '../../shared/recruitment/rules.ts';
import { today, useCandidates, useRecruitmentScope } from './use-recruitment.ts';
import './strings.ts';

/** The whole pipeline of the organizer's subtree: each branch by stage, with what is due. */
export function DistrictPage() {
  const { t } = useTranslation('recruitment');
  const { branches } = useRecruitmentScope();
  const all = useCandidates();
  const now = today();
  const rows = branches
    .map((b) => {
      const list = (all ?? []).filter((c) => c.orgId === b.id);
      const next = list.map((c) => nextDue(c, c.steps, now));
      return {
        branch: b,
        total: list.length,
        byStage: Object.fromEntries(
          STAGES.map((s) => [s, list.filter((c) => c.stage === s).length]),
        ),
        due: next.filter((n) => n?.status === 'due').length,
        overdue: next.filter((n) => n?.status === 'overdue').length,
      };
    })
    .filter((r) => r.total > 0);
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  return (
    <div className="stack">
      <PageHeader title={t('district.title')} />
      <p className="muted recruit-sensitive">{t('pipeline.sensitive')}</p>
      {all !== undefined && rows.length === 0 ? (
        <EmptyState title={t('district.empty')} />
      ) : (
        <div className="recruit-table-wrap">
          <table className="recruit-table">
            <caption>{t('district.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('district.branch')}</th>
                {STAGES.map((s) => (
                  <th key={s} scope="col" className="num">
                    {t(`stage.${s}`)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('district.due')}
                </th>
                <th scope="col" className="num">
                  {t('district.overdue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.branch.id}>
                  <th scope="row">
                    <Link to={`/recruitment?b=${r.branch.id}`}>{r.branch.name}</Link>
                  </th>
                  {STAGES.map((s) => (
                    <td key={s} className="num">
                      {r.byStage[s]}
                    </td>
                  ))}
                  <td className="num">{r.due}</td>
                  <td className={r.overdue ? 'num recruit-overdue' : 'num'}>{r.overdue}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('district.total')}</th>
                {STAGES.map((s) => (
                  <td key={s} className="num">
                    {sum((r) => r.byStage[s] ?? 0)}
                  </td>
                ))}
                <td className="num">{sum((r) => r.due)}</td>
                <td className="num">{sum((r) => r.overdue)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
