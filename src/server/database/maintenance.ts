import type { Db } from './db.ts';

/** How often the embedded database refreshes its planner statistics. */
export const ANALYZE_EVERY_MS = 15 * 60_000;

interface Log {
  error: (obj: object, msg: string) => void;
}

/**
 * Tables whose planner statistics were never gathered: never analyzed (`reltuples` -1), or rows
 * counted (by an index build) with no statistics. A table analyzed while empty has 0 and stays
 * for the interval to refresh.
 */
const UNANALYZED = `SELECT EXISTS (
  SELECT 1 FROM pg_class c
   WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
     AND (c.reltuples < 0
          OR (c.reltuples > 0 AND NOT EXISTS (SELECT 1 FROM pg_statistic s WHERE s.starelid = c.oid)))
) AS missing`;

/**
 * The embedded database (PGlite) has no autovacuum, so it never gathers planner statistics by
 * itself: as the change log grows, pull keeps a plan made for empty tables (a sort of every row
 * after the cursor instead of a walk of the version index; measured 41 ms vs 17 ms a page at
 * 10,000 records). PostgreSQL's autovacuum does this on its own, so this runs for PGlite only:
 * every `everyMs`, and at once when some table has no statistics at all (a new database, a new
 * table). Statistics are kept in the database, so a restart does not lose them, and a start does
 * not wait for an ANALYZE it does not need: it held the first requests 0.3–0.5 s (bench/README.md,
 * "Server start"). Returns a function that stops it.
 */
export function startEmbeddedMaintenance(db: Db, log: Log, everyMs = ANALYZE_EVERY_MS): () => void {
  if (db.kind !== 'pglite') return () => {};
  let running = false;
  let stopped = false;
  const analyze = async (onlyIfMissing = false) => {
    if (running || stopped) return;
    running = true;
    try {
      if (onlyIfMissing) {
        const [row] = await db.query<{ missing: boolean }>(UNANALYZED);
        if (!row?.missing || stopped) return;
      }
      await db.query('ANALYZE');
    } catch (err) {
      log.error({ err }, 'ANALYZE of the embedded database failed');
    } finally {
      running = false;
    }
  };
  void analyze(true);
  const timer = setInterval(() => void analyze(), everyMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
