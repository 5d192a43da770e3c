import type { FastifyRequest } from 'fastify';
import type { Db } from '../database/db.ts';
import { unauthenticated } from '../http/errors.ts';
import { bearer, loadViewer, type Viewer } from './viewer.ts';

/** Long enough to spare the polls of a busy minute a query each, short enough to slide expiry. */
const TTL_MS = 30_000;
const MAX_ENTRIES = 50_000;

interface Entry {
  viewer: Viewer;
  until: number;
}

/**
 * Token -> viewer for the sync routes, so an idle poll costs no session query. Safe only because
 * every change a session lookup depends on (a revoked session, a changed or disabled user, any org
 * change) is announced on COMMIT to every process (migration 070) and evicts here: the caller
 * (src/server/replication/live-hub.ts) calls `evictUser`/`clear`, and bypasses the cache
 * whenever its listening connection is down. A lookup that raced an eviction is not kept.
 */
export class ViewerCache {
  private byToken = new Map<string, Entry>();
  private byUser = new Map<string, Set<string>>();
  /** bumped by every eviction: a lookup started under an older generation may be stale */
  private generation = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  async get(token: string, trusted: boolean): Promise<Viewer | null> {
    const t = this.now();
    const hit = trusted ? this.byToken.get(token) : undefined;
    if (hit && hit.until > t && (hit.viewer.expiresAt ?? 0) > t) return hit.viewer;
    if (hit) this.forget(token, hit.viewer.id);
    const generation = this.generation;
    const viewer = await loadViewer(this.db, token);
    if (viewer && trusted && generation === this.generation) {
      if (this.byToken.size >= MAX_ENTRIES) this.clear();
      this.byToken.set(token, { viewer, until: t + TTL_MS });
      let tokens = this.byUser.get(viewer.id);
      if (!tokens) this.byUser.set(viewer.id, (tokens = new Set()));
      tokens.add(token);
    }
    return viewer;
  }

  evictUser(userId: string): void {
    this.generation++;
    for (const token of this.byUser.get(userId) ?? []) this.byToken.delete(token);
    this.byUser.delete(userId);
  }

  forgetToken(token: string): void {
    this.generation++;
    const hit = this.byToken.get(token);
    if (hit) this.forget(token, hit.viewer.id);
  }

  clear(): void {
    this.generation++;
    this.byToken.clear();
    this.byUser.clear();
  }

  private forget(token: string, userId: string) {
    this.byToken.delete(token);
    this.byUser.get(userId)?.delete(token);
  }
}

const caches = new WeakMap<Db, ViewerCache>();

/** The one cache of a database in this process (so signing out here forgets the token at once). */
export function viewerCacheFor(db: Db): ViewerCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new ViewerCache(db)));
  return cache;
}

/**
 * preHandler like requireViewer, through the cache while `trusted()` says the process hears every
 * session change; a fresh lookup otherwise.
 */
export function requireCachedViewer(db: Db, trusted: () => boolean) {
  const cache = viewerCacheFor(db);
  return async (req: FastifyRequest) => {
    const token = bearer(req);
    const viewer = token ? await cache.get(token, trusted()) : null;
    if (!viewer) throw unauthenticated();
    req.viewer = viewer;
  };
}
