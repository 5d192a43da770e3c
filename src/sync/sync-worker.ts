/// <reference lib="webworker" />
/**
 * The dedicated worker a tab syncs in (docs/sync-protocol.md, "The app side", where a sync runs): the same
 * engine as the page and the service worker, under the same lock, with the session read from
 * IndexedDB. Parsing the pull pages and writing them happen here, off the page's main thread.
 */
// First: it must be evaluated before Dexie (storage-notices.ts).
import { noticeGate } from './sync-worker-gate.ts';
import { mergeRanges, RangeSet, type IntervalTree } from 'dexie';
import { db } from '../db/db.ts';
import { createSyncEngine } from './engine.ts';
import { withSyncLock } from './lock.ts';
import type { MergeNotices } from './storage-notices.ts';
import { createSyncServer } from './worker-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** While a sync runs, the tabs hear of its writes at most this often (and when it ends). */
export const NOTICE_INTERVAL_MS = 1000;

// Dexie's notices map each changed part (database, table, index) to the ranges that changed.
const mergeNotices: MergeNotices = (into, message) => {
  for (const [part, ranges] of Object.entries(message))
    mergeRanges((into[part] ??= new RangeSet()) as IntervalTree, ranges as IntervalTree);
};

const serve = createSyncServer(
  (onProgress) =>
    noticeGate.coalesce(
      () => withSyncLock(() => createSyncEngine({ db, onProgress }).sync()),
      NOTICE_INTERVAL_MS,
      mergeNotices,
    ),
  (reply) => self.postMessage(reply),
);

self.addEventListener('message', (event) => void serve(event.data));
