import { db } from '../db/db.ts';
import { readSession } from '../db/meta.ts';
import type { LiveConnection } from './live.ts';
import { backoffDelay } from './backoff.ts';
import { registerBackgroundSync } from './background-registration.ts';
import type { SyncEngine } from './engine.ts';
import type { PullProgress } from './pull.ts';
import { isQuotaError } from './errors.ts';
import { ApiRequestError } from './api-error.ts';
import { withSyncLock } from './lock.ts';
import { useSyncStore } from './status.ts';
import { createWorkerSync, spawnSyncWorker, WorkerUnavailable } from './worker-client.ts';

export const WRITE_DEBOUNCE_MS = 500;
export const TIMER_INTERVAL_MS = 30_000;
/** While the live stream is up it brings every change; the timer then runs every 10th tick. */
export const LIVE_TIMER_EVERY = 10;
/** Pokes that arrive together (one per commit) become one sync. */
export const POKE_DEBOUNCE_MS = 150;

/** Failures a retry cannot fix: the user must sign in again, or update the app. */
const WAIT_FOR_USER = new Set(['unauthenticated', 'client_outdated']);

/**
 * The network is up but the server is not answering: no connection, no answer in time, or a 5xx
 * (a proxy in front of a stopped server answers 502/503/504). With navigator.onLine false the
 * same failure is just "offline".
 */
export function isServerUnreachable(err: unknown): boolean {
  if (!(err instanceof ApiRequestError)) return false;
  return err.code === 'network' || err.code === 'timeout' || err.status >= 500;
}

let engine: Promise<SyncEngine> | null = null;
let running: Promise<void> | null = null;
let again = false;
let failures = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let debounceTimer: ReturnType<typeof setTimeout> | undefined;
let pokeTimer: ReturnType<typeof setTimeout> | undefined;
let live: LiveConnection | null = null;
let liveUp = false;
let liveStarting = false;
/** Only a tab that started the app's triggers (startSync) holds a stream open. */
let liveWanted = false;

const onProgress = (progress: PullProgress) => useSyncStore.setState({ progress });

// The engine (push, pull, rebase and the mutators with their schemas) loads after the first
// screen: the first screen renders from IndexedDB and never waits for it. The service worker
// precaches its chunk, so this import works offline. The schemas (zod) are evaluated first and
// the rest of the engine in a later task, so neither is one long task on a slow phone.
function getEngine(): Promise<SyncEngine> {
  engine ??= import('../shared/mutations/index.ts')
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
    .then(() => import('./engine.ts'))
    .then(({ createSyncEngine }) =>
      createSyncEngine({
        db,
        onProgress,
      }),
    );
  engine.catch(() => {
    engine = null;
  });
  return engine;
}

// Syncs run in a dedicated worker where the browser has one (docs/sync-protocol.md, "The app
// side", where a sync runs): parsing and writing the pull pages then leave the page's main thread
// free for the screens. The worker takes the same lock; where it cannot run, the sync runs here.
const worker = createWorkerSync(spawnSyncWorker);

async function runEngine(): Promise<void> {
  try {
    await worker.sync(onProgress);
    return;
  } catch (err) {
    if (!(err instanceof WorkerUnavailable)) throw err;
  }
  const syncEngine = await getEngine();
  await withSyncLock(() => syncEngine.sync());
}

const browserOnline = () => globalThis.navigator?.onLine !== false;

async function runOnce(): Promise<void> {
  // navigator.onLine=false is reliable (true is not): wait for the `online` event instead of failing.
  if (globalThis.navigator?.onLine === false) {
    useSyncStore.setState({ online: false, unreachable: false });
    return;
  }
  clearTimeout(retryTimer);
  useSyncStore.setState({ syncing: true });
  try {
    await runEngine();
    failures = 0;
    useSyncStore.setState({ error: null, online: true, unreachable: false });
    void ensureLive();
  } catch (err) {
    // A full disk while applying a pull is shown like a failed local write (never swallowed).
    const code =
      err instanceof ApiRequestError ? err.code : isQuotaError(err) ? 'storage_full' : 'unknown';
    if (code === 'unknown') console.error('sync failed', err);
    // Read again: the network may have gone while the sync ran.
    const online = browserOnline();
    useSyncStore.setState({ error: code, online, unreachable: online && isServerUnreachable(err) });
    if (!WAIT_FOR_USER.has(code)) {
      failures += 1;
      retryTimer = setTimeout(() => void runSync(), backoffDelay(failures));
      void registerBackgroundSync();
    }
  } finally {
    useSyncStore.setState({ syncing: false, progress: null });
  }
}

/** Never two syncs at once in this tab: a trigger during a run asks for one more run after it. */
function runSync(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await runOnce();
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}

/** Cancels pending debounce and retry timers (when the tab stops syncing, and between tests). */
export function stopSyncTimers(): void {
  clearTimeout(debounceTimer);
  clearTimeout(retryTimer);
  stopLive();
}

/** Sync now (pull to refresh, sign-in): skips any backoff wait. Resolves when done; errors go to status. */
export function syncNow(): Promise<void> {
  failures = 0;
  return runSync();
}

/** After a local write: one sync shortly after the user stops typing/tapping. */
export function scheduleSync(delayMs: number = WRITE_DEBOUNCE_MS): void {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(() => void runSync(), delayMs);
  void registerBackgroundSync();
}

const inBackoff = () => failures > 0;

/** The live stream is open: changes arrive as pokes, so the timer may slow down. */
export function liveConnected(): boolean {
  return liveUp;
}

const wantLive = () =>
  liveWanted &&
  typeof document !== 'undefined' &&
  document.visibilityState === 'visible' &&
  globalThis.navigator?.onLine !== false;

/** Opens the live stream while signed in, online and visible (docs/sync-protocol.md, Live). */
async function ensureLive(): Promise<void> {
  if (live || liveStarting || !wantLive()) return;
  liveStarting = true;
  try {
    if (!(await readSession(db))?.token) return;
    const { connectLive } = await import('./live.ts');
    if (live || !wantLive()) return;
    const connection = connectLive({
      token: async () => (await readSession(db))?.token ?? null,
      onPoke: () => {
        clearTimeout(pokeTimer);
        pokeTimer = setTimeout(() => void runSync(), POKE_DEBOUNCE_MS);
      },
      onState: (up) => {
        liveUp = up;
      },
      onEnd: () => {
        if (live === connection) {
          live = null;
          liveUp = false;
        }
      },
    });
    live = connection;
  } catch {
    // The chunk did not load (offline): the timer carries on, and the next sync tries again.
  } finally {
    liveStarting = false;
  }
}

function stopLive(): void {
  clearTimeout(pokeTimer);
  live?.stop();
  live = null;
  liveUp = false;
}

/** Starts the triggers of docs/sync-protocol.md "The app side" for this tab; returns a function that stops them. */
export function startSync(): () => void {
  const onOnline = () => {
    useSyncStore.setState({ online: true });
    void syncNow();
  };
  const onOffline = () => {
    useSyncStore.setState({ online: false, unreachable: false });
    stopLive();
  };
  // A hidden page holds no stream open (a phone's battery, the server's connections).
  const onVisible = () => {
    if (document.visibilityState === 'visible') void syncNow();
    else stopLive();
  };
  liveWanted = true;
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  document.addEventListener('visibilitychange', onVisible);
  let ticks = 0;
  const interval = setInterval(() => {
    ticks++;
    if (liveUp && ticks % LIVE_TIMER_EVERY !== 0) return;
    if (!inBackoff() && document.visibilityState === 'visible') void runSync();
  }, TIMER_INTERVAL_MS);
  void registerBackgroundSync();
  void runSync();
  return () => {
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(interval);
    clearTimeout(debounceTimer);
    clearTimeout(retryTimer);
    liveWanted = false;
    stopLive();
  };
}
