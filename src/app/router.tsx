import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './layout.tsx';
import { RequireSession } from './require-session.tsx';
import { RouteLoading } from './route-loading.tsx';

// One lazy chunk per route keeps the first screen small; organizer tools, scanners, markdown and
// charts live inside these routes and load only when visited.
const SignInPage = lazy(() => {
  // its language switch loads beside it, not after it
  void import('./language-switch.tsx');
  return import('../features/me/signin-page.tsx').then((m) => ({ default: m.SignInPage }));
});
const LanguageSwitch = lazy(() =>
  import('./language-switch.tsx').then((m) => ({ default: m.LanguageSwitch })),
);
const NotFoundPage = lazy(() =>
  import('./not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })),
);
const MePage = lazy(() => {
  // the settings card of "me" loads beside its page, not after it
  void import('./display-settings.tsx');
  return import('../features/me/me-page.tsx').then((m) => ({ default: m.MePage }));
});
const DisplaySettings = lazy(() =>
  import('./display-settings.tsx').then((m) => ({ default: m.DisplaySettings })),
);
const LessonsPage = lazy(() =>
  import('../features/lessons/lessons-page.tsx').then((m) => ({ default: m.LessonsPage })),
);
const EventsPage = lazy(() =>
  import('../features/events/events-page.tsx').then((m) => ({ default: m.EventsPage })),
);
const CheckinPage = lazy(() =>
  import('../features/events/checkin-page.tsx').then((m) => ({ default: m.CheckinPage })),
);
const RequestsPage = lazy(() =>
  import('../features/requests/requests-page.tsx').then((m) => ({ default: m.RequestsPage })),
);

const PointsPage = lazy(() =>
  import('../features/points/points-page.tsx').then((m) => ({ default: m.PointsPage })),
);
const MembersPage = lazy(() =>
  import('../features/members/members-page.tsx').then((m) => ({ default: m.MembersPage })),
);
const JoinPage = lazy(() =>
  import('../features/members/join-page.tsx').then((m) => ({ default: m.JoinPage })),
);
const ActivatePage = lazy(() =>
  import('../features/members/activate-page.tsx').then((m) => ({ default: m.ActivatePage })),
);
const PioneersPage = lazy(() =>
  import('../features/points/pioneers-page.tsx').then((m) => ({ default: m.PioneersPage })),
);
const InboxPage = lazy(() =>
  import('../features/inbox/inbox-page.tsx').then((m) => ({ default: m.InboxPage })),
);
const ReportsPage = lazy(() =>
  import('../features/reports/reports-page.tsx').then((m) => ({ default: m.ReportsPage })),
);
const ListsPage = lazy(() =>
  import('../features/lists/lists-page.tsx').then((m) => ({ default: m.ListsPage })),
);
const RecruitmentPage = lazy(() =>
  import('../features/recruitment/recruitment-page.tsx').then((m) => ({
    default: m.RecruitmentPage,
  })),
);
const FlowingPage = lazy(() =>
  import('../features/transfers/flowing-page.tsx').then((m) => ({ default: m.FlowingPage })),
);
const InstructorPage = lazy(() =>
  import('../features/visits/instructor-page.tsx').then((m) => ({ default: m.InstructorPage })),
);
const AdminPage = lazy(() =>
  import('../features/admin/admin-page.tsx').then((m) => ({ default: m.AdminPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/signin"
        element={
          <Suspense fallback={<RouteLoading />}>
            <SignInPage languageSwitch={<LanguageSwitch />} />
          </Suspense>
        }
      />
      <Route
        path="/join"
        element={
          <Suspense fallback={<RouteLoading />}>
            <JoinPage languageSwitch={<LanguageSwitch />} />
          </Suspense>
        }
      />
      <Route
        path="/activate"
        element={
          <Suspense fallback={<RouteLoading />}>
            <ActivatePage languageSwitch={<LanguageSwitch />} />
          </Suspense>
        }
      />
      <Route
        element={
          <RequireSession>
            <Layout />
          </RequireSession>
        }
      >
        <Route index element={<Navigate to="/lessons" replace />} />
        <Route path="lessons/*" element={<LessonsPage />} />
        <Route path="events/*" element={<EventsPage />} />
        <Route path="services/*" element={<RequestsPage />} />
        <Route path="me/points" element={<PointsPage />} />
        <Route path="me/points/pioneers" element={<PioneersPage />} />
        <Route path="me/flowing/*" element={<FlowingPage />} />
        <Route path="me/*" element={<MePage settings={<DisplaySettings />} />} />
        <Route path="checkin" element={<CheckinPage />} />
        <Route path="inbox/*" element={<InboxPage />} />
        <Route path="admin/*" element={<AdminPage />} />
        <Route path="members/*" element={<MembersPage />} />
        <Route path="reports/*" element={<ReportsPage />} />
        <Route path="lists/*" element={<ListsPage />} />
        <Route path="recruitment/*" element={<RecruitmentPage />} />
        <Route path="instructor/*" element={<InstructorPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
