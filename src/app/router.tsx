import { Suspense, type ReactNode } from 'react';
import { matchRoutes, Navigate, useRoutes, type RouteObject } from 'react-router';
import { lazyPage, type LazyPage } from './lazy-page.tsx';
import { Layout } from './layout.tsx';
import { RequireSession } from './require-session.tsx';
import { RouteLoading } from './route-loading.tsx';

// One lazy chunk per route keeps the first screen small; organizer tools, scanners, markdown and
// charts live inside these routes and load only when visited.
const SignInPage = lazyPage(() => {
  // its language switch loads beside it, not after it
  void LanguageSwitch.preload();
  return import('../features/me/signin-page.tsx').then((m) => m.SignInPage);
});
const LanguageSwitch = lazyPage(() =>
  import('./language-switch.tsx').then((m) => m.LanguageSwitch),
);
const NotFoundPage = lazyPage(() => import('./not-found-page.tsx').then((m) => m.NotFoundPage));
const MePage = lazyPage(() => {
  // the settings card of "me" loads beside its page, not after it
  void DisplaySettings.preload();
  return import('../features/me/me-page.tsx').then((m) => m.MePage);
});
const DisplaySettings = lazyPage(() =>
  import('./display-settings.tsx').then((m) => m.DisplaySettings),
);
const LessonsPage = lazyPage(() =>
  import('../features/lessons/lessons-page.tsx').then((m) => m.LessonsPage),
);
const EventsPage = lazyPage(() =>
  import('../features/events/events-page.tsx').then((m) => m.EventsPage),
);
const CheckinPage = lazyPage(() =>
  import('../features/events/checkin-page.tsx').then((m) => m.CheckinPage),
);
const RequestsPage = lazyPage(() =>
  import('../features/requests/requests-page.tsx').then((m) => m.RequestsPage),
);

const PointsPage = lazyPage(() =>
  import('../features/points/points-page.tsx').then((m) => m.PointsPage),
);
const MembersPage = lazyPage(() =>
  import('../features/members/members-page.tsx').then((m) => m.MembersPage),
);
const JoinPage = lazyPage(() =>
  import('../features/members/join-page.tsx').then((m) => m.JoinPage),
);
const ActivatePage = lazyPage(() =>
  import('../features/members/activate-page.tsx').then((m) => m.ActivatePage),
);
const PioneersPage = lazyPage(() =>
  import('../features/points/pioneers-page.tsx').then((m) => m.PioneersPage),
);
const InboxPage = lazyPage(() =>
  import('../features/inbox/inbox-page.tsx').then((m) => m.InboxPage),
);
const ReportsPage = lazyPage(() =>
  import('../features/reports/reports-page.tsx').then((m) => m.ReportsPage),
);
const ListsPage = lazyPage(() =>
  import('../features/lists/lists-page.tsx').then((m) => m.ListsPage),
);
const RecruitmentPage = lazyPage(() =>
  import('../features/recruitment/recruitment-page.tsx').then((m) => m.RecruitmentPage),
);
const FlowingPage = lazyPage(() =>
  import('../features/transfers/flowing-page.tsx').then((m) => m.FlowingPage),
);
const InstructorPage = lazyPage(() =>
  import('../features/visits/instructor-page.tsx').then((m) => m.InstructorPage),
);
const AdminPage = lazyPage(() =>
  import('../features/admin/admin-page.tsx').then((m) => m.AdminPage),
);

/** A page, and the chunks it needs, for the route (see preloadRoute). */
interface PageHandle {
  pages: readonly LazyPage<never>[];
}
const handle = (...pages: LazyPage<never>[]): PageHandle => ({ pages });

/** A signed-in route showing one page with no props: its element and its handle from one name. */
const page = (path: string, Page: LazyPage<Record<string, never>>): RouteObject => ({
  path,
  element: <Page />,
  handle: handle(Page),
});

/** Pages outside the signed-in layout, each with its own loading placeholder. */
const standalone = (element: ReactNode) => (
  <Suspense fallback={<RouteLoading />}>{element}</Suspense>
);

const ROUTES: RouteObject[] = [
  {
    path: '/signin',
    element: standalone(<SignInPage languageSwitch={<LanguageSwitch />} />),
    handle: handle(SignInPage, LanguageSwitch),
  },
  {
    path: '/join',
    element: standalone(<JoinPage languageSwitch={<LanguageSwitch />} />),
    handle: handle(JoinPage, LanguageSwitch),
  },
  {
    path: '/activate',
    element: standalone(<ActivatePage languageSwitch={<LanguageSwitch />} />),
    handle: handle(ActivatePage, LanguageSwitch),
  },
  {
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/lessons" replace /> },
      page('lessons/*', LessonsPage),
      page('events/*', EventsPage),
      page('services/*', RequestsPage),
      page('me/points', PointsPage),
      page('me/points/pioneers', PioneersPage),
      page('me/flowing/*', FlowingPage),
      {
        path: 'me/*',
        element: <MePage settings={<DisplaySettings />} />,
        handle: handle(MePage, DisplaySettings),
      },
      page('checkin', CheckinPage),
      page('inbox/*', InboxPage),
      page('admin/*', AdminPage),
      page('members/*', MembersPage),
      page('reports/*', ReportsPage),
      page('lists/*', ListsPage),
      page('recruitment/*', RecruitmentPage),
      page('instructor/*', InstructorPage),
      page('*', NotFoundPage),
    ],
  },
];

export function AppRoutes() {
  return useRoutes(ROUTES);
}

/**
 * Loads the chunks of the page at `pathname` (the index redirect: the lessons page), so the
 * first render shows it without suspending (lazy-page.tsx). A page behind the session where
 * nobody is signed in (`signedIn`, the frame hint) would only redirect: the sign-in page is
 * loaded instead. Never rejects: a chunk that cannot load is left to the page's Suspense
 * boundary, which shows the failure as it would anyway.
 */
export async function preloadRoute(pathname: string, signedIn: boolean): Promise<void> {
  let matches = matchRoutes(ROUTES, pathname === '/' ? '/lessons' : pathname) ?? [];
  const behindSession = matches.length > 1 && matches[0]!.route === ROUTES.at(-1);
  if (behindSession && !signedIn) matches = matchRoutes(ROUTES, '/signin') ?? [];
  const pages = matches.flatMap((m) => (m.route.handle as PageHandle | undefined)?.pages ?? []);
  await Promise.all(pages.map((page) => page.preload().catch(() => undefined)));
}
