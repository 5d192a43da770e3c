import { lazy } from 'react';
import { Route, Routes } from 'react-router';
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
const AuditPage = lazy(() => import('./audit-page.tsx').then((m) => ({ default: m.AuditPage })));

/** `/admin/*`: the district's and organizers' screens. */
export function AdminPage() {
  return (
    <Routes>
      <Route index element={<Workbench />} />
      <Route path="tree" element={<OrgTreePage />} />
      <Route path="firms" element={<FirmsPage />} />
      <Route path="coverage" element={<CoveragePage />} />
      <Route path="groups" element={<GroupsPage />} />
      <Route path="audit" element={<AuditPage />} />
    </Routes>
  );
}
