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

  it('gathers planner statistics on PGlite at once and on its interval; nothing on PostgreSQL', async () => {
    const log = { error: vi.fn() };
    const query = vi.spyOn(db, 'query');
    vi.useFakeTimers();
    try {
      const stop = startEmbeddedMaintenance(db, log, 60_000);
      const analyzes = () => query.mock.calls.filter(([sql]) => sql === 'ANALYZE').length;
      if (db.kind === 'postgres') {
        expect(analyzes()).toBe(0); // autovacuum's job there
        stop();
        return;
      }
      expect(analyzes()).toBe(1);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(analyzes()).toBe(2);
      stop();
      await vi.advanceTimersByTimeAsync(120_000);
      expect(analyzes()).toBe(2);
    } finally {
      vi.useRealTimers();
      query.mockRestore();
    }
    // the statistics are really there (none before: PGlite gathers none by itself)
    await vi.waitFor(async () => {
      const rows = await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'counted'",
      );
      expect(rows[0]?.n).toBeGreaterThan(0);
    });
    expect(log.error).not.toHaveBeenCalled();
  });
});
