/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { RangeRequestsPlugin } from 'workbox-range-requests';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { runBackgroundSync } from './sync/background.ts';
import { notificationFor, openApp, targetUrl } from './sync/push-notifications.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

/** Background Sync is not in TypeScript's lib yet (and not in Safari at all: docs/sync-protocol.md pitfalls). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

export const SYNC_TAG = 'lianxin-sync';
export const MEDIA_CACHE = 'lesson-media';

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every app URL opens the precached shell offline; /api must always reach the network.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/api(\/|$)/],
  }),
);

// Lesson audio/video, saved by the lessons feature for offline use. Range support lets <video>
// seek inside a cached file; only complete 200 responses are kept.
registerRoute(
  ({ url, request }) =>
    request.method === 'GET' &&
    url.origin === self.location.origin &&
    url.pathname.startsWith('/api/media/'),
  new CacheFirst({
    cacheName: MEDIA_CACHE,
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new RangeRequestsPlugin()],
  }),
);

self.addEventListener('message', (event) => {
  if (event.data && typeof event.data === 'object' && event.data.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

self.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === SYNC_TAG) sync.waitUntil(runBackgroundSync());
});

// Web Push (docs/notices.md "Web Push"): every message is shown (userVisibleOnly), and a tap
// opens the screen it names in a window of the app.
self.addEventListener('push', (event) => {
  let data: unknown = null;
  try {
    data = event.data?.json() ?? null;
  } catch {
    data = null;
  }
  const { title, options } = notificationFor(data);
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = targetUrl(event.notification.data, self.location.origin);
  event.waitUntil(
    self.clients
      .matchAll({ type: 'window', includeUncontrolled: true })
      .then((windows) => openApp(url, windows, (u) => self.clients.openWindow(u))),
  );
});
