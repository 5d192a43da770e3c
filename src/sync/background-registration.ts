export const BACKGROUND_SYNC_TAG = 'lianxin-sync';

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

function syncManagerOf(reg: ServiceWorkerRegistration): SyncManagerLike | null {
  if (!('sync' in reg)) return null;
  const sync = reg.sync;
  if (typeof sync !== 'object' || sync === null || !('register' in sync)) return null;
  const register = sync.register;
  return typeof register === 'function'
    ? { register: (tag) => Promise.resolve(register.call(sync, tag)) }
    : null;
}

/**
 * Asks the browser to wake the service worker when the network returns (Chromium). Safari has no
 * Background Sync: there the triggers in scheduler.ts carry the load (docs/sync-protocol.md pitfalls).
 */
export async function registerBackgroundSync(): Promise<void> {
  const sw = globalThis.navigator?.serviceWorker;
  if (!sw) return;
  try {
    const reg = await sw.ready;
    await syncManagerOf(reg)?.register(BACKGROUND_SYNC_TAG);
  } catch {
    // Denied or unsupported: the foreground triggers still run.
  }
}
