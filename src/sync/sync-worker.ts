/// <reference lib="webworker" />
/**
 * The dedicated worker a tab syncs in (docs/sync-protocol.md, "Where a sync runs"): the same
 * engine as the page and the service worker, under the same lock, with the session read from
 * IndexedDB. Parsing the pull pages and writing them happen here, off the page's main thread.
 */
import { db } from '../db/db.ts';
import { createSyncEngine } from './engine.ts';
import { withSyncLock } from './lock.ts';
import { createSyncServer } from './worker-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const serve = createSyncServer(
  (onProgress) => withSyncLock(() => createSyncEngine({ db, onProgress }).sync()),
  (reply) => self.postMessage(reply),
);

self.addEventListener('message', (event) => void serve(event.data));
