import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { RefusedPill } from './refused-pill.tsx';
import { RouteLoading } from './route-loading.tsx';
import { SyncPill } from './sync-pill.tsx';
import { TabBar } from './tab-bar.tsx';
import { WriteFailedNotice } from './write-failed-notice.tsx';
import { InstallPrompt } from '../features/notify/install-prompt.tsx';

/** Workbench screens with tables and side-by-side detail use the wide column at a desk. */
const WIDE_PATHS = ['/admin', '/reports', '/lists/work'];

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(pathname);

  // After a client-side navigation, put focus (and the screen reader) at the top of the new page.
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('skipToMain')}
      </a>
      <header className="top-bar">
        <p className="top-bar__title">{t('appName')}</p>
        <div className="top-bar__status">
          <RefusedPill />
          <SyncPill />
        </div>
      </header>
      <main
        className={
          WIDE_PATHS.some((p) => pathname.startsWith(p)) ? 'app-main app-main--wide' : 'app-main'
        }
        id="main"
        ref={main}
        tabIndex={-1}
      >
        <WriteFailedNotice />
        <InstallPrompt />
        <Suspense fallback={<RouteLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <TabBar />
    </div>
  );
}
