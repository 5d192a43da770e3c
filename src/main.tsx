import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadRoute } from './app/router.tsx';
import { frameSaysSignedIn } from './app/frame-hint.ts';
import { preloadSession } from './sync/session.ts';
import { bindUiSettings } from './app/apply-ui-settings.ts';
import { useUiStore } from './app/ui-store.ts';
import { initI18n, loadLocale } from './i18n/i18n.ts';
import { startSync } from './sync/status.ts';
import { afterFirstScreen } from './app/after-first-screen.ts';
import { listenForInstallPrompt } from './features/notify/install.ts';
import './styles/app.css';

const locale = useUiStore.getState().locale;
initI18n(locale);
// The first render waits for English texts (a chunk of their own), the chunk of the page being
// opened (both cache reads offline) and the stored session: a page that suspended on its first
// render would appear only after React's Suspense throttle (src/app/lazy-page.tsx), and one that
// does not know the session yet draws a loading line first (docs/performance.md, "Offline start").
await Promise.all([
  loadLocale(locale).catch((err: unknown) => console.error('could not load the language', err)),
  preloadRoute(location.pathname, frameSaysSignedIn()),
  preloadSession(),
]);
bindUiSettings();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
// A transition renders in slices that yield to the browser every few milliseconds, so the first
// render is not one long task on a slow phone (bench/README.md, first load).
const reactRoot = createRoot(root);
startTransition(() => {
  reactRoot.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

// The first sync (and the engine's chunks it loads) waits until the first screen has rendered
// and the main thread is free: offline it has nothing to do, online it is a moment later
// (docs/performance.md, "Offline start").
afterFirstScreen(() => startSync());
// Before anything else can miss it: the browser offers installation early (docs/notices.md "Install").
listenForInstallPrompt();

// No service worker in development: a cached shell would hide every edit (docs/architecture.md).
if (import.meta.env.PROD) {
  void import('./app/register-sw.ts').then(({ registerServiceWorker }) => registerServiceWorker());
}
