import type { LianxinDB } from '../db/db.ts';
import { META, readSession, writeMeta, type MemberCard, type StoredSession } from '../db/meta.ts';
import { get, type EngineContext } from './engine-context.ts';
import { ApiRequestError, type FetchLike } from './http.ts';
import { pull, type PullProgress } from './pull.ts';
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

/** Forgets the token after a 401, keeping user, data and outbox (SYNC.md "The app side"). */
export async function markSessionExpired(d: LianxinDB, token: string): Promise<void> {
  await d.transaction('rw', d.meta, async () => {
    const s = await readSession(d);
    if (s?.token === token)
      await writeMeta(d, META.session, { ...s, token: null } satisfies StoredSession);
  });
}

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
