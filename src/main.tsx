import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { bindUiSettings } from './app/apply-ui-settings.ts';
import { useUiStore } from './app/ui-store.ts';
import { initI18n, loadLocale } from './i18n/i18n.ts';
import { startSync } from './sync/status.ts';
import { listenForInstallPrompt } from './features/notify/install.ts';
import './styles/app.css';

const locale = useUiStore.getState().locale;
initI18n(locale);
// English texts are a chunk of their own: the first render waits for them (a cache read offline).
await loadLocale(locale).catch((err: unknown) => console.error('could not load the language', err));
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

startSync();
// Before anything else can miss it: the browser offers installation early (docs/notices.md "Install").
listenForInstallPrompt();

// No service worker in development: a cached shell would hide every edit (docs/architecture.md).
if (import.meta.env.PROD) {
  void import('./app/register-sw.ts').then(({ registerServiceWorker }) => registerServiceWorker());
}
