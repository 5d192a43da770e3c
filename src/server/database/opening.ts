import type { CommitHook, Db } from './db.ts';

/**
 * A database that is still opening, usable at once: each call waits for the open to finish. The
 * server builds its app (plugins, routes, schemas) while PGlite compiles its WebAssembly and starts,
 * instead of after, which shortens the start (docs/deploy.md, "Start-up"). Nothing reaches it
 * before `main` has awaited the open, since the server listens only after that.
 */
export function openingDb(kind: Db['kind'], opening: Promise<Db>): Db {
  let real: Db | null = null;
  const ready = opening.then((db) => (real = db));
  // an open that fails is reported by whoever awaits `opening`; this copy must not go unhandled
  ready.catch(() => undefined);
  return {
    kind,
    query: async (sql, params) => (real ?? (await ready)).query(sql, params),
    tx: async (fn, opts) => (real ?? (await ready)).tx(fn, opts),
    exec: async (sql) => (real ?? (await ready)).exec(sql),
    notifications: async () => (real ?? (await ready)).notifications(),
    poolStats: () => real?.poolStats() ?? { total: 0, idle: 0, waiting: 0 },
    onCommit(hook: CommitHook) {
      if (real) return real.onCommit(hook);
      let off: (() => void) | null = null;
      let removed = false;
      void ready.then(
        (db) => {
          if (!removed) off = db.onCommit(hook);
        },
        () => undefined,
      );
      return () => {
        removed = true;
        off?.();
      };
    },
    close: async () => (real ?? (await ready)).close(),
  };
}
