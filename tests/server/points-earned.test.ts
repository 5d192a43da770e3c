import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { dataOf, pullAll, push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';

/** Points come from confirmed facts, in the same transaction, never twice. */
describe('points earned by feature mutations', () => {
  let s: TestServer;
  let member: string;
  let organizer: string;
  beforeAll(async () => {
    s = await startServer();
    member = await s.login('member');
    organizer = await s.login('organizer');
  });
  afterAll(() => s.close());

  const entries = async (rule: string) =>
    s.db.query<{ points: number; source_id: string }>(
      `SELECT points, source_id FROM points_entries WHERE user_id = $1 AND rule = $2`,
      [s.ids.users.member, rule],
    );

  it('a completed lesson earns once, however often and from however many phones it is reported', async () => {
    const [lesson] = await s.db.query<{ id: string }>(
      `SELECT id FROM lessons WHERE org_id = ANY($1::uuid[]) ORDER BY created_at LIMIT 1`,
      [[s.ids.district, s.ids.park, s.ids.branchA]],
    );
    const done = {
      name: 'lesson.progress',
      args: { lessonId: lesson!.id, position: 120, completed: true },
    };
    const c1 = uuidv7();
    await push(s, member, c1, [{ seq: 1, ...done }]);
    await push(s, member, c1, [{ seq: 1, ...done }]); // lost answer, same push again
    await push(s, member, uuidv7(), [
      { seq: 1, ...done },
      { seq: 2, ...done },
    ]); // another phone
    const rows = await entries('lesson_completed');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.points).toBeGreaterThan(0);
    // not completing earns nothing
    const [other] = await s.db.query<{ id: string }>(
      `SELECT id FROM lessons WHERE org_id = ANY($1::uuid[]) AND id <> $2 LIMIT 1`,
      [[s.ids.district, s.ids.park, s.ids.branchA], lesson!.id],
    );
    await push(s, member, uuidv7(), [
      {
        seq: 1,
        name: 'lesson.progress',
        args: { lessonId: other!.id, position: 30, completed: false },
      },
    ]);
    expect(await entries('lesson_completed')).toHaveLength(1);
  });

  it('attending a party day earns once; the entry reaches the member and their organizer only', async () => {
    const [event] = await s.db.query<{ id: string }>(
      `SELECT id FROM events WHERE org_id = $1 AND starts_at < now() AND ends_at > now() LIMIT 1`,
      [s.ids.branchA],
    );
    const checkin = {
      name: 'event.checkin_manual',
      args: { eventId: event!.id, memberId: s.ids.users.member },
    };
    const r = await push(s, organizer, uuidv7(), [
      { seq: 1, ...checkin },
      { seq: 2, ...checkin },
    ]);
    expect(r.body.results.map((x) => x.status)).toEqual(['applied', 'applied']);
    // (the demo seed's past party days earned points too: count this event only)
    expect((await entries('event_attended')).filter((e) => e.source_id === event!.id)).toHaveLength(
      1,
    );
    const mine = (await pullAll(s, member, uuidv7())).changes.filter(
      (c) => c.type === 'points_entry',
    );
    expect(mine.some((c) => dataOf<{ rule: string }>(c)?.rule === 'event_attended')).toBe(true);
    const theirs = (await pullAll(s, await s.login('member2'), uuidv7())).changes.filter(
      (c) => c.type === 'points_entry',
    );
    expect(
      theirs.filter((c) => dataOf<{ userId: string }>(c)?.userId === s.ids.users.member),
    ).toEqual([]);
    const org = (await pullAll(s, organizer, uuidv7())).changes.filter(
      (c) => c.type === 'points_entry',
    );
    expect(org.some((c) => dataOf<{ userId: string }>(c)?.userId === s.ids.users.member)).toBe(
      true,
    );
  });
});
