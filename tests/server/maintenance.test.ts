import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmbeddedMaintenance } from '../../src/server/database/maintenance.ts';
import { freshDb } from './helpers.ts';
import type { Db } from '../../src/server/database/db.ts';

describe('embedded database maintenance', () => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await freshDb());
    await db.query('CREATE TABLE counted (n int)');
    await db.query('INSERT INTO counted SELECT g FROM generate_series(1, 500) g');
  });
  afterAll(() => drop());

  it('gathers planner statistics on PGlite at once when some are missing, then on its interval; nothing on PostgreSQL', async () => {
    const log = { error: vi.fn() };
    const query = vi.spyOn(db, 'query');
    // the database's own turn-taking uses setImmediate, which stays real
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    const analyzes = () => query.mock.calls.filter(([sql]) => sql === 'ANALYZE').length;
    try {
      const stop = startEmbeddedMaintenance(db, log, 60_000);
      if (db.kind === 'postgres') {
        expect(analyzes()).toBe(0); // autovacuum's job there
        stop();
        return;
      }
      // `counted` has never been analyzed: at once
      await vi.waitFor(() => expect(analyzes()).toBe(1));
      await vi.advanceTimersByTimeAsync(60_000);
      expect(analyzes()).toBe(2);
      stop();
      await vi.advanceTimersByTimeAsync(120_000);
      expect(analyzes()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
    // the statistics are really there (none before: PGlite gathers none by itself)
    await vi.waitFor(async () => {
      const rows = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'counted'",
      );
      expect(rows[0]?.n).toBeGreaterThan(0);
    });

    // A start on a database whose statistics are all there waits for the interval.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      query.mockClear();
      const stop = startEmbeddedMaintenance(db, log, 60_000);
      await vi.waitFor(() =>
        expect(query.mock.calls.some(([sql]) => String(sql).includes('pg_statistic'))).toBe(true),
      );
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setImmediate(r));
      expect(analyzes()).toBe(0);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(analyzes()).toBe(1);
      stop();
      // a table that gets rows before its index counts them, with no statistics: at once again
      await db.query('CREATE TABLE filled AS SELECT g AS n FROM generate_series(1, 300) g');
      await db.query('CREATE INDEX ON filled (n)');
      query.mockClear();
      const stop2 = startEmbeddedMaintenance(db, log, 60_000);
      await vi.waitFor(() => expect(analyzes()).toBe(1));
      stop2();
    } finally {
      vi.useRealTimers();
      query.mockRestore();
    }
    expect(log.error).not.toHaveBeenCalled();
  });
});
