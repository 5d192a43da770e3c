import { MAX_PULL_LIMIT } from '../shared/protocol.ts';
import { META, readString } from '../db/meta.ts';
import { clientIdFor } from '../db/outbox.ts';
import { applyPage, resetRecords } from './apply-page.ts';
import { get, type EngineContext } from './engine-context.ts';
import { ApiRequestError } from './http.ts';
import { parsePullResponse, reportInvalidRecords, type ParsedPull } from './pull-response.ts';

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
/** Pages requested ahead of the one being written (each up to MAX_PULL_LIMIT changes). */
export const PULL_LOOKAHEAD = 2;

interface Fetched {
  cursor: string | null;
  page: Promise<ParsedPull>;
}

/**
 * Pulls pages until hasMore is false (docs/sync-protocol.md pull). Returns the number of changes gone through
 * (applied, or refused by the record check of pull-response.ts).
 *
 * Pages are pipelined: as soon as a page has arrived and says hasMore, the next one (asked with its
 * cursor) is requested, up to PULL_LOOKAHEAD pages ahead of the one being written to IndexedDB, so
 * the network, the server and the database work overlap. Requests start outside any transaction
 * and none is awaited inside one; a page whose starting cursor is no longer the stored one is still
 * dropped by applyPage, and nothing more is requested after a drop, a failure or a reset.
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
  const queue: Fetched[] = [];
  let stopped = false;
  /** The cursor of the next page, when the lookahead was full as it became known. */
  let waiting: string | null = null;
  const request = (cursor: string | null) => {
    const query = new URLSearchParams({ clientId, limit: String(limit) });
    if (cursor !== null) query.set('cursor', cursor);
    const page = get<unknown>(ctx, `/api/sync/pull?${query}`)
      .then(parsePullResponse)
      .then((p) => {
        // A reset answer to a cursor is not applied, so its cursor leads nowhere.
        if (p.hasMore && !(p.reset && cursor !== null)) ahead(p.cursor);
        return p;
      });
    // A prefetched page nobody awaits (an earlier one failed or was dropped) must not surface.
    page.catch(() => undefined);
    queue.push({ cursor, page });
  };
  const ahead = (cursor: string) => {
    if (stopped) return;
    if (queue.length < PULL_LOOKAHEAD) request(cursor);
    else waiting = cursor;
  };
  const stop = () => {
    stopped = true;
    queue.length = 0;
    waiting = null;
  };

  const start = await readString(d, META.cursor);
  let first = start === null;
  let applied = 0;
  let resets = 0;
  let total: number | null = null;
  request(start);
  try {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const sent = next.cursor;
      const page = await next.page;
      if (waiting !== null && !stopped) {
        const cursor = waiting;
        waiting = null;
        request(cursor);
      }
      if (page.reset && sent !== null) {
        // Rule 5: visibility changed or the cursor is unknown; start over, keeping the outbox.
        stop();
        if (++resets > MAX_RESETS)
          throw new ApiRequestError('reset_loop', 200, 'The server keeps resetting.');
        if (!(await resetRecords(d, user, sent))) return applied;
        first = true;
        applied = 0;
        total = null;
        opts.onProgress?.({ done: 0, total: null });
        stopped = false;
        request(null);
        continue;
      }
      reportInvalidRecords(page.invalid);
      const ok = await applyPage(d, { user, clientId, sentCursor: sent, page, clear: page.reset });
      // Dropped: another tab moved the cursor first, and its pull covers ours.
      if (!ok) return applied;
      // Refused records count as done for the progress bar: the server's total includes them.
      applied += page.changes.length + page.invalid.length;
      if (page.total !== undefined) total = page.total;
      if (first)
        opts.onProgress?.({
          done: applied,
          total: total === null ? null : Math.max(total, applied),
        });
      if (!page.hasMore) return applied;
    }
    return applied;
  } finally {
    stop();
  }
}
