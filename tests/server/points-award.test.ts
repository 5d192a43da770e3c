import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ON_POSTGRES, startServer, type TestServer } from './helpers.ts';
import { dataOf, pullAll } from './sync-helpers.ts';
import { awardPoints, type AwardInput } from '../../src/server/points/award.ts';
import { setRule } from '../../src/server/points/rules.ts';
import { runAdminCommand } from '../../src/server/admin/commands.ts';
import { openPostgres } from '../../src/server/database/db.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import type { PointsEntryRecord } from '../../src/shared/records.ts';

describe('awardPoints', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  const award = (input: Partial<AwardInput> & Pick<AwardInput, 'rule'>) =>
    s.db.tx((tx) =>
      awardPoints(tx, {
        userId: s.ids.users.member,
        sourceType: 'lesson',
        sourceId: uuidv7(),
        at: new Date(),
        ...input,
      }),
    );
  const entries = (userId: string, rule?: string) =>
    s.db.query<{ points: number; source_id: string; capped: boolean }>(
      `SELECT points, source_id, capped FROM points_entries WHERE user_id = $1 AND ($2::text IS NULL OR rule = $2) ORDER BY earned_at`,
      [userId, rule ?? null],
    );

  it.each([
    ['lesson_completed', 'lesson', 10],
    ['lesson_rated', 'lesson', 2],
    ['event_attended', 'event', 20],
    ['request_rated', 'request', 5],
  ] as const)(
    '%s earns %s points exactly once, however often it is replayed',
    async (rule, sourceType, pts) => {
      const userId = s.ids.users.member2;
      const sourceId = uuidv7();
      const at = new Date();
      const first = await award({ rule, sourceType, sourceId, userId, at });
      expect(first).toMatchObject({ points: pts, capped: false });
      // a replay in a separate transaction, and a duplicate at another moment
      expect(await award({ rule, sourceType, sourceId, userId, at })).toBeNull();
      expect(
        await award({ rule, sourceType, sourceId, userId, at: new Date(at.getTime() + 60_000) }),
      ).toBeNull();
      const mine = (await entries(userId, rule)).filter((e) => e.source_id === sourceId);
      expect(mine).toEqual([{ points: pts, source_id: sourceId, capped: false }]);
    },
  );

  it('volunteer hours earn per hour, once', async () => {
    const sourceId = uuidv7();
    const r = await award({
      rule: 'volunteer_hours',
      sourceType: 'volunteer_log',
      sourceId,
      userId: s.ids.users.outsider,
      hours: 2.5,
    });
    expect(r?.points).toBe(25);
    expect(
      await award({
        rule: 'volunteer_hours',
        sourceType: 'volunteer_log',
        sourceId,
        userId: s.ids.users.outsider,
        hours: 2.5,
      }),
    ).toBeNull();
  });

  it('a daily cap stops a day at its limit and the next day starts afresh', async () => {
    // lesson_rated: 2 points, 6 a day (China Standard Time days)
    const userId = s.ids.users.organizer;
    const day = new Date('2031-05-06T02:00:00Z'); // 10:00 in Beijing
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(
        await award({ rule: 'lesson_rated', userId, at: new Date(day.getTime() + i * 60_000) }),
      );
    }
    expect(results.map((r) => r?.points)).toEqual([2, 2, 2, 0, 0]);
    expect(results.map((r) => r?.capped)).toEqual([false, false, false, true, true]);
    // 23:30 the same Beijing day is still capped; 00:30 the next Beijing day is not
    expect(
      (await award({ rule: 'lesson_rated', userId, at: new Date('2031-05-06T15:30:00Z') }))?.points,
    ).toBe(0);
    expect(
      (await award({ rule: 'lesson_rated', userId, at: new Date('2031-05-06T16:30:00Z') }))?.points,
    ).toBe(2);
  });

  it('a monthly cap gives only what is left', async () => {
    // request_rated: 5 points, 20 a month
    const userId = s.ids.users.staff;
    const at = (d: number) => new Date(Date.UTC(2031, 6, d, 4));
    const pts = [];
    for (let d = 1; d <= 5; d++)
      pts.push(
        (await award({ rule: 'request_rated', sourceType: 'request', userId, at: at(d) }))?.points,
      );
    expect(pts).toEqual([5, 5, 5, 5, 0]);
    // a new month
    expect(
      (
        await award({
          rule: 'request_rated',
          sourceType: 'request',
          userId,
          at: new Date(Date.UTC(2031, 7, 1, 4)),
        })
      )?.points,
    ).toBe(5);
  });

  it('a rule change mid-month applies from its date on and never rewrites earlier entries', async () => {
    const userId = s.ids.users.admin;
    const before = await award({
      rule: 'lesson_completed',
      userId,
      at: new Date('2032-03-10T03:00:00Z'),
    });
    expect(before?.points).toBe(10);
    await s.db.tx((tx) =>
      setRule(
        tx,
        {
          rule: 'lesson_completed',
          points: 15,
          dailyCap: 45,
          monthlyCap: null,
          effectiveFrom: new Date('2032-03-15T00:00:00+08:00'),
        },
        new Date(),
      ),
    );
    const just = await award({
      rule: 'lesson_completed',
      userId,
      at: new Date('2032-03-14T15:59:00Z'),
    });
    const after = await award({
      rule: 'lesson_completed',
      userId,
      at: new Date('2032-03-14T16:00:00Z'),
    });
    expect(just?.points).toBe(10);
    expect(after?.points).toBe(15);
    expect((await entries(userId, 'lesson_completed')).map((e) => e.points)).toEqual([10, 10, 15]);
  });

  it('refuses rule changes that reach into the past, unknown rules and bad numbers', async () => {
    const now = new Date();
    await expect(
      setRule(
        s.db,
        {
          rule: 'lesson_rated',
          points: 3,
          dailyCap: null,
          monthlyCap: null,
          effectiveFrom: new Date(now.getTime() - 86_400_000),
        },
        now,
      ),
    ).rejects.toThrow(/past/);
    await expect(
      setRule(s.db, { rule: 'wall_post', points: 3, dailyCap: null, monthlyCap: null }, now),
    ).rejects.toThrow(/Unknown rule/);
    await expect(
      setRule(s.db, { rule: 'lesson_rated', points: -1, dailyCap: null, monthlyCap: null }, now),
    ).rejects.toThrow();
  });

  it('the admin CLI sets and lists rules', async () => {
    const out = await runAdminCommand(
      s.db,
      'set-rule',
      { points: '25', 'monthly-cap': '100', from: '2040-01-01T00:00:00+08:00' },
      ['event_attended'],
    );
    expect(out).toContain('event_attended: 25 points');
    const list = await runAdminCommand(s.db, 'list-rules', {}, []);
    expect(list).toMatch(/event_attended\s+20 pts/);
    expect(list).toMatch(/event_attended\s+25 pts.*\(scheduled\)/);
    const r = await award({
      rule: 'event_attended',
      sourceType: 'event',
      userId: s.ids.users.member,
      at: new Date('2040-02-01T04:00:00Z'),
    });
    expect(r?.points).toBe(25);
  });

  it('entries reach the member and their organizers, never another member', async () => {
    const sourceId = uuidv7();
    const r = await award({
      rule: 'lesson_completed',
      userId: s.ids.users.member,
      sourceId,
      at: new Date(),
    });
    const see = async (login: string) => {
      const token = await s.login(login);
      const { changes } = await pullAll(s, token, uuidv7());
      return changes.filter((c) => c.type === 'points_entry' && c.id === r!.entryId);
    };
    const mine = await see('member');
    expect(mine).toHaveLength(1);
    expect(dataOf<PointsEntryRecord>(mine[0])).toMatchObject({
      userId: s.ids.users.member,
      rule: 'lesson_completed',
      points: 10,
      category: 'learning',
      sourceType: 'lesson',
      sourceId,
    });
    expect(await see('organizer')).toHaveLength(1);
    expect(await see('admin')).toHaveLength(1);
    expect(await see('member2')).toHaveLength(0);
    expect(await see('outsider')).toHaveLength(0);
    expect(await see('staff')).toHaveLength(0);
  });

  it.runIf(ON_POSTGRES)('the same fact through two replicas at once earns once', async () => {
    // Two pools stand for two server processes on one PostgreSQL.
    const [{ db_url } = { db_url: '' }] = await s.db.query<{ db_url: string }>(
      `SELECT current_database() AS db_url`,
    );
    const u = new URL(process.env.DATABASE_URL!);
    u.pathname = `/${db_url}`;
    const a = await openPostgres(u.toString(), 2);
    const b = await openPostgres(u.toString(), 2);
    try {
      for (let round = 0; round < 5; round++) {
        const sourceId = uuidv7();
        const input: AwardInput = {
          userId: s.ids.users.member2,
          rule: 'event_attended',
          sourceType: 'event',
          sourceId,
          at: new Date(),
        };
        const results = await Promise.all([
          a.tx((tx) => awardPoints(tx, input)),
          b.tx((tx) => awardPoints(tx, input)),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
        const rows = await s.db.query(`SELECT 1 FROM points_entries WHERE source_id = $1`, [
          sourceId,
        ]);
        expect(rows).toHaveLength(1);
      }
      // caps hold under concurrency too: ten different facts at once never pass the daily cap
      const at = new Date('2031-01-05T04:00:00Z');
      const many = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 ? a : b).tx((tx) =>
            awardPoints(tx, {
              userId: s.ids.users.member2,
              rule: 'lesson_completed',
              sourceType: 'lesson',
              sourceId: uuidv7(),
              at,
            }),
          ),
        ),
      );
      expect(many.reduce((sum, r) => sum + (r?.points ?? 0), 0)).toBe(30);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
