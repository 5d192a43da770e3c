import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { useSession } from '../../sync/session.ts';
import { mayUseWorkbench } from './may-use-workbench.ts';
import { Workbench } from './workbench.tsx';
import './admin.css';
import './strings.ts';

// Each screen of the workbench is its own chunk; the workbench itself is a list of links.
const OrgTreePage = lazy(() =>
  import('./org-tree-page.tsx').then((m) => ({ default: m.OrgTreePage })),
);
const FirmsPage = lazy(() => import('./firms-page.tsx').then((m) => ({ default: m.FirmsPage })));
const CoveragePage = lazy(() =>
  import('./coverage-page.tsx').then((m) => ({ default: m.CoveragePage })),
);
const GroupsPage = lazy(() => import('./groups-page.tsx').then((m) => ({ default: m.GroupsPage })));
const OverduePage = lazy(() =>
  import('./overdue-page.tsx').then((m) => ({ default: m.OverduePage })),
);
const AuditPage = lazy(() => import('./audit-page.tsx').then((m) => ({ default: m.AuditPage })));

/** `/admin/*`: the district's and organizers' screens. */
export function AdminPage() {
  const { t } = useTranslation('admin');
  const { user, ready } = useSession();
  if (!ready) return null;
  if (!mayUseWorkbench(user?.roles)) return <EmptyState title={t('notForYou')} />;
  return (
    <Routes>
      <Route index element={<Workbench />} />
      <Route path="tree" element={<OrgTreePage />} />
      <Route path="firms" element={<FirmsPage />} />
      <Route path="coverage" element={<CoveragePage />} />
      <Route path="groups" element={<GroupsPage />} />
      <Route path="overdue" element={<OverduePage />} />
      <Route path="audit" element={<AuditPage />} />
    </Routes>
  );
}
