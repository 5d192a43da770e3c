import { MAX_PULL_LIMIT, type PullResponse } from '../shared/protocol.ts';
import { META, readString } from '../db/meta.ts';
import { clientIdFor } from '../db/outbox.ts';
import { applyPage, resetRecords } from './apply-page.ts';
import { get, type EngineContext } from './engine-context.ts';
import { ApiRequestError } from './http.ts';
import { parsePullResponse } from './pull-response.ts';

export interface PullProgress {
  done: number;
  /** from the server's `total` on the first page of a pull from the beginning; null if unknown */
  total: number | null;
}

export interface PullOptions {
  limit?: number;
  /** called after each page of a first (cursor-less) sync */
  onProgress?: (p: PullProgress) => void;
}

const MAX_RESETS = 2;

interface Fetched {
  cursor: string | null;
  page: Promise<PullResponse>;
}

/**
 * Pulls pages until hasMore is false (SYNC.md pull). Returns the number of changes applied.
 *
 * Pages are pipelined: as soon as a page has arrived and says hasMore, the next one (asked with
 * its cursor) is requested while this one is written to IndexedDB, so the network and the database
 * work overlap. The request is started before the page's transaction opens and never awaited inside
 * it; a page whose starting cursor is no longer the stored one is still dropped by applyPage.
 */
export async function pull(ctx: EngineContext, opts: PullOptions = {}): Promise<number> {
  const { db: d, user } = ctx;
  const limit = Math.min(opts.limit ?? MAX_PULL_LIMIT, MAX_PULL_LIMIT);
  const clientId = await d.transaction(
    'rw',
    d.outbox,
    d.meta,
    async () => await clientIdFor(d, user.id),
  );
  const request = (cursor: string | null): Fetched => {
    const query = new URLSearchParams({ clientId, limit: String(limit) });
    if (cursor !== null) query.set('cursor', cursor);
    const page = get<unknown>(ctx, `/api/sync/pull?${query}`).then(parsePullResponse);
    // A prefetched page nobody awaits (the current one failed or was dropped) must not surface.
    page.catch(() => undefined);
    return { cursor, page };
  };
  const cursor = await readString(d, META.cursor);
  let first = cursor === null;
  let applied = 0;
  let resets = 0;
  let total: number | null = null;
  let next: Fetched | null = request(cursor);
  while (next) {
    const sent = next.cursor;
    const page = await next.page;
    next = null;
    if (page.reset && sent !== null) {
      // Rule 5: visibility changed or the cursor is unknown; start over, keeping the outbox.
      if (++resets > MAX_RESETS)
        throw new ApiRequestError('reset_loop', 200, 'The server keeps resetting.');
      if (!(await resetRecords(d, user, sent))) return applied;
      first = true;
      applied = 0;
      total = null;
      opts.onProgress?.({ done: 0, total: null });
      next = request(null);
      continue;
    }
    if (page.hasMore) next = request(page.cursor);
    const ok = await applyPage(d, { user, clientId, sentCursor: sent, page, clear: page.reset });
    // Dropped: another tab moved the cursor first, and its pull covers ours.
    if (!ok) return applied;
    applied += page.changes.length;
    if (page.total !== undefined) total = page.total;
    if (first)
      opts.onProgress?.({ done: applied, total: total === null ? null : Math.max(total, applied) });
  }
  return applied;
}
