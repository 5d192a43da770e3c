import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { lastMonth } from '../../shared/checklist/period.ts';
import { useSession } from '../../sync/session.ts';
import { subtreeOf } from '../events/org-tree.ts';
import { useReportData } from './use-report-data.ts';
import './strings.ts';

/** The branches the viewer reports on, the district comparison, and (admins) the template. */
export function ReportsHome() {
  const { t } = useTranslation('reports');
  const data = useReportData();
  const { user } = useSession();
  if (!data || !user) return <p className="muted">{t('loading')}</p>;
  const scope = subtreeOf(data.orgs, user.orgId);
  const branches = data.orgs
    .filter((o) => o.kind === 'branch' && scope.has(o.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const period = lastMonth(Date.now());
  const isAdmin = user.roles.includes('admin');
  return (
    <div className="stack">
      <PageHeader title={t('title')} />
      <p className="muted">{t('intro')}</p>
      <ul className="report-cards">
        {branches.length > 1 && (
          <li>
            <Link className="report-cards__card" to={`/reports/district?p=${period}`}>
              <span className="report-cards__title">{t('home.district')}</span>
              <span className="report-cards__body">{t('home.districtBody')}</span>
            </Link>
          </li>
        )}
        {isAdmin && (
          <li>
            <Link className="report-cards__card" to="/reports/template">
              <span className="report-cards__title">{t('home.template')}</span>
              <span className="report-cards__body">{t('home.templateBody')}</span>
            </Link>
          </li>
        )}
      </ul>
      <h2 className="report-goal__title">{t('home.branches')}</h2>
      {branches.length === 0 ? (
        <EmptyState title={t('home.noBranches')} />
      ) : (
        <ul className="list report-branches">
          {branches.map((b) => (
            <li key={b.id}>
              <Link to={`/reports/branch/${b.id}?p=${period}`}>{b.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
