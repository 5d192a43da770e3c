/**
 * The app's side of docs/sync-protocol.md: one sync = push the outbox, then pull to the end.
 *
 * Choices where docs/sync-protocol.md is silent (keep them compatible with it):
 * - Optimistic writes are an overlay (src/db/overlay.ts): the server state of every row a pending
 *   mutation touched is kept in `base`; each pull page reverts the overlay, applies the server's
 *   changes, trims confirmed entries (last page only, pull rule 4) and re-runs the queue, all in
 *   one transaction. A refused mutation's effect disappears the same way.
 * - Records the server gives its own id (progress, rating, RSVP, check-in) get a local id until
 *   the server's row arrives; the overlay revert drops the local row and the natural-key index
 *   finds the server's.
 * - Push sends every queued entry of the current clientId, also those applied but not yet
 *   trimmed (they come back `duplicate`): a server that lost them (backup) gets them again.
 * - `reset` on a pull with a cursor: clear records, base and cursor (outbox kept and re-applied),
 *   then pull from the beginning; `reset` on a cursor-less pull: apply the page over empty tables.
 * - A 401 forgets the token but keeps the user, records and queue (the session is "expired");
 *   signing out forgets the session, keeps records until a different user signs in.
 * - The engine touches no DOM: it runs in a tab, a service worker and plain Node with `fetch`
 *   and `db` injected.
 */
import type { LianxinDB } from '../db/db.ts';
import { META, readSession, writeMeta, type MemberCard, type StoredSession } from '../db/meta.ts';
import { get, type EngineContext } from './engine-context.ts';
import { ApiRequestError, type FetchLike } from './http.ts';
import { pull, type PullProgress } from './pull.ts';
import { markSessionExpired } from './session-expiry.ts';
import { push } from './push.ts';

export interface EngineDeps {
  db: LianxinDB;
  /** global fetch in the app; a fake server or the real app's inject in tests */
  fetch?: FetchLike;
  baseUrl?: string;
  now?: () => Date;
  pullLimit?: number;
  onProgress?: (p: PullProgress) => void;
}

export interface SyncResult {
  pushed: number;
  refused: number;
  pulled: number;
}

export interface SyncEngine {
  /** One sync: push, then pull to the end. Throws ApiRequestError; null when nobody is signed in. */
  sync(): Promise<SyncResult | null>;
}

export { markSessionExpired };

async function refreshCard(ctx: EngineContext, token: string): Promise<void> {
  let card: MemberCard;
  try {
    card = await get<MemberCard>(ctx, '/api/me/card');
  } catch (err) {
    // The card is a convenience; only a lost session matters here.
    if (err instanceof ApiRequestError && err.code === 'unauthenticated') throw err;
    return;
  }
  if (typeof card?.token !== 'string' || typeof card.expiresAt !== 'string') return;
  await ctx.db.transaction('rw', ctx.db.meta, async () => {
    const s = await readSession(ctx.db);
    if (s?.token === token)
      await writeMeta(ctx.db, META.session, { ...s, card } satisfies StoredSession);
  });
}

/** Runs in a page, a service worker or plain Node: nothing here touches window or document. */
export function createSyncEngine(deps: EngineDeps): SyncEngine {
  const d = deps.db;
  const now = deps.now ?? (() => new Date());
  return {
    async sync() {
      const session = await readSession(d);
      if (!session) return null;
      const { token } = session;
      if (!token) throw new ApiRequestError('unauthenticated', 401, 'Sign in again to sync.');
      const ctx: EngineContext = {
        db: d,
        user: session.user,
        now,
        http: {
          fetch: deps.fetch,
          baseUrl: deps.baseUrl,
          token,
          onUnauthenticated: () => markSessionExpired(d, token),
        },
      };
      const pushed = await push(ctx);
      const pulled = await pull(ctx, { limit: deps.pullLimit, onProgress: deps.onProgress });
      await refreshCard(ctx, token);
      await d.transaction('rw', d.meta, async () => {
        await writeMeta(d, META.lastSyncedAt, now().toISOString());
      });
      return { pushed: pushed.sent, refused: pushed.refused, pulled };
    },
  };
}
