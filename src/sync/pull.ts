import { MAX_PULL_LIMIT } from '../shared/protocol.ts';
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

/** Pulls pages until hasMore is false (SYNC.md pull). Returns the number of changes applied. */
export async function pull(ctx: EngineContext, opts: PullOptions = {}): Promise<number> {
  const { db: d, user } = ctx;
  const limit = Math.min(opts.limit ?? MAX_PULL_LIMIT, MAX_PULL_LIMIT);
  const clientId = await d.transaction(
    'rw',
    d.outbox,
    d.meta,
    async () => await clientIdFor(d, user.id),
  );
  let first = (await readString(d, META.cursor)) === null;
  let applied = 0;
  let resets = 0;
  let total: number | null = null;
  for (;;) {
    const cursor = await readString(d, META.cursor);
    const query = new URLSearchParams({ clientId, limit: String(limit) });
    if (cursor !== null) query.set('cursor', cursor);
    // Fetched before any transaction opens: IndexedDB commits an idle transaction early.
    const page = parsePullResponse(await get<unknown>(ctx, `/api/sync/pull?${query}`));
    if (page.reset && cursor !== null) {
      // Rule 5: visibility changed or the cursor is unknown; start over, keeping the outbox.
      if (++resets > MAX_RESETS)
        throw new ApiRequestError('reset_loop', 200, 'The server keeps resetting.');
      if (!(await resetRecords(d, user, cursor))) return applied;
      first = true;
      applied = 0;
      total = null;
      opts.onProgress?.({ done: 0, total: null });
      continue;
    }
    const ok = await applyPage(d, { user, clientId, sentCursor: cursor, page, clear: page.reset });
    // Dropped: another tab moved the cursor first, and its pull covers ours.
    if (!ok) return applied;
    applied += page.changes.length;
    if (page.total !== undefined) total = page.total;
    if (first)
      opts.onProgress?.({ done: applied, total: total === null ? null : Math.max(total, applied) });
    if (!page.hasMore) return applied;
  }
}
