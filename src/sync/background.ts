import { db } from '../db/db.ts';
import { createSyncEngine } from './engine.ts';
import { ApiRequestError } from './http.ts';
import { withSyncLock } from './lock.ts';

/**
 * One sync from the service worker's `sync` event (no window or document here; IndexedDB and
 * fetch only). A network failure is thrown so the browser retries the event later; other failures
 * (signed out, app outdated) wait for the user to open the app.
 */
export async function runBackgroundSync(): Promise<void> {
  try {
    await withSyncLock(() => createSyncEngine({ db }).sync());
  } catch (err) {
    if (
      err instanceof ApiRequestError &&
      err.code !== 'network' &&
      err.code !== 'timeout' &&
      err.status < 500
    )
      return;
    throw err;
  }
}
