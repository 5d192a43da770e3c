import { Workbox } from 'workbox-window';
import { useUpdateStore } from './update-store.ts';

const HOUR = 60 * 60 * 1000;

/**
 * registerType 'prompt': a new shell waits until the member agrees, so a form being filled in is
 * never reloaded away; a stale shell is still replaced soon (docs/sync-protocol.md pitfalls: stale shell).
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });

  wb.addEventListener('waiting', () => {
    useUpdateStore.getState().offer(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });

  void wb.register().then(() => {
    const check = () => void wb.update().catch(() => undefined);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
    setInterval(check, HOUR);
  });
}
