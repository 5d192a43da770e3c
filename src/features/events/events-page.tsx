import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RouteLoadingText } from './route-loading-text.tsx';
import { EventList } from './event-list.tsx';
import { EventDetailPage } from './event-detail-page.tsx';
import './events.css';

// Organizer screens (desk with the scanner, attendance, planning, charts) load only when opened.
const DeskPage = lazy(() => import('./desk-page.tsx').then((m) => ({ default: m.DeskPage })));
const AttendancePage = lazy(() =>
  import('./attendance-page.tsx').then((m) => ({ default: m.AttendancePage })),
);
const PlanPage = lazy(() => import('./plan-page.tsx').then((m) => ({ default: m.PlanPage })));
const StatsPage = lazy(() => import('./stats-page.tsx').then((m) => ({ default: m.StatsPage })));

export function EventsPage() {
  return (
    <Suspense fallback={<RouteLoadingText />}>
      <Routes>
        <Route index element={<EventList />} />
        <Route path="plan" element={<PlanPage />} />
        <Route path="stats" element={<StatsPage />} />
        <Route path=":id" element={<EventDetailPage />} />
        <Route path=":id/desk" element={<DeskPage />} />
        <Route path=":id/attendance" element={<AttendancePage />} />
        <Route path=":id/edit" element={<PlanPage />} />
      </Routes>
    </Suspense>
  );
}
