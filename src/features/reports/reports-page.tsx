import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useSession } from '../../sync/session.ts';
import { ReportsHome } from './reports-home.tsx';
import './reports.css';
import './strings.ts';

const BranchReportPage = lazy(() =>
  import('./branch-report-page.tsx').then((m) => ({ default: m.BranchReportPage })),
);
const DistrictPage = lazy(() =>
  import('./district-page.tsx').then((m) => ({ default: m.DistrictPage })),
);
const TemplatePage = lazy(() =>
  import('./template-page.tsx').then((m) => ({ default: m.TemplatePage })),
);

/** `/reports/*`: the responsibility checklist's reports, for organizers and admins. */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const { user, ready } = useSession();
  if (!ready) return null;
  const roles = user?.roles ?? [];
  if (!roles.includes('organizer') && !roles.includes('admin')) {
    return <EmptyState title={t('report.notAllowed')} />;
  }
  return (
    <Routes>
      <Route index element={<ReportsHome />} />
      <Route path="branch/:branchId" element={<BranchReportPage />} />
      <Route path="district" element={<DistrictPage />} />
      <Route path="template" element={<TemplatePage />} />
    </Routes>
  );
}
