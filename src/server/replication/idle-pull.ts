import type { Viewer } from '../auth/viewer.ts';
import type { PullResponse } from '../../shared/protocol.ts';
import { clientBinding, decodeCursor, visibilityHash } from './cursor.ts';
import type { LiveHub } from './live-hub.ts';

/**
 * The idle poll without the database: a pull from the cursor of a finished pull, when this process
 * has heard of no commit since, answers an empty page with the lastSeq the cursor remembers.
 * Returns null when it cannot be sure; then the ordinary pull runs.
 *
 * Why the answer is the one a database pull would give (docs/sync-protocol.md, Pull):
 * 1. The cursor's tail was written by a pull whose snapshot S had `m` as its highest committed
 *    version, sent every change visible to this viewer up to `m` (it was the last page: hasMore
 *    false) and read `s` as this clientId's lastSeq, the clientId being this user's or nobody's
 *    (else that pull was a 403). `c` ties the tail to this user and clientId.
 * 2. Every commit after S that could change the answer draws a version greater than `m`: a change
 *    to any record, because versions are drawn in commit order under one lock (change-log.ts); a
 *    push that moves this client's lastSeq or claims its clientId, because such a push rewrites the
 *    client's hidden marker row (CLIENT_MARKER) in the same transaction.
 * 3. This process raises `hub.latest` for each such commit: its own at once after COMMIT, every
 *    other process's when the notification sent on COMMIT arrives. So `latest <= m` means it has
 *    heard of no commit after S, and S's answer (nothing new, lastSeq `s`) stands.
 * 4. The viewer's visibility and the sync epoch are checked as the ordinary pull checks them (the
 *    hash); the viewer comes fresh or from a cache that every session or org change evicts.
 * 5. While the listening connection is down, or the epoch is being read again after a restore,
 *    the hub is not trusted and this returns null: news missed then cannot hide anything. After a
 *    reconnect the hub reads the highest version from the database before it is trusted again.
 * What remains is the notification's own delay (milliseconds) for a commit made by another process:
 * a pull that reaches the database just before a commit misses it in the same way. The same
 * notification then pokes every live stream of the viewers concerned (the pusher's own included),
 * whose app pulls again and takes the ordinary path.
 */
export function idlePull(
  hub: LiveHub,
  viewer: Viewer,
  clientId: string,
  cursor: string | undefined,
): PullResponse | null {
  const epoch = hub.currentEpoch;
  if (epoch === null || cursor === undefined) return null;
  const c = decodeCursor(cursor);
  if (!c || c.m === undefined || c.s === undefined || c.c === undefined) return null;
  if (hub.latest > c.m) return null;
  if (c.c !== clientBinding(viewer.id, clientId)) return null;
  if (c.h !== visibilityHash(viewer, epoch)) return null;
  return { cursor, hasMore: false, reset: false, lastSeq: c.s, changes: [] };
}
