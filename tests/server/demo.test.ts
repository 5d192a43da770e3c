import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { dataOf, pullAll } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { SERVICE_GROUPS } from '../../src/shared/groups.ts';
import { COVERAGE } from '../../src/shared/org/kinds.ts';
import { isValidCreditCode } from '../../src/shared/org/credit-code.ts';
import { PHONE_RE } from '../../src/shared/org/phone.ts';
import type {
  FirmRecord,
  InviteRecord,
  JoinRequestRecord,
  MemberAdminRecord,
} from '../../src/shared/org/records.ts';
import type { EventRecord, LessonRecord } from '../../src/shared/records.ts';
import { DEMO_LOGINS, seedDemo, type DemoIds } from '../../src/server/seed/demo.ts';
import { prepareDatabase } from '../../src/server/bootstrap.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const quiet = { info: () => undefined, warn: () => undefined };

const LIVE = '联合主题党日 · 轮值企业开放日';

describe('the demo district', () => {
  let s: TestServer;
  let ids: DemoIds;

  beforeAll(async () => {
    s = await startServer({ seed: false });
    ids = await s.db.tx((tx) => seedDemo(tx));
  });
  afterAll(() => s.close());

  const pullAs = async (login: string) =>
    (await pullAll(s, await s.login(login), uuidv7())).changes;
  const records = <T>(changes: Awaited<ReturnType<typeof pullAs>>, type: string) =>
    changes.filter((c) => c.type === type).map((c) => dataOf<T>(c)!);

  it('every named login signs in; members sign in with their phone number', async () => {
    for (const login of DEMO_LOGINS) expect(await s.login(login)).toBeTruthy();
    const [someone] = await s.db.query<{ login: string }>(
      `SELECT login FROM users WHERE 'member' = ANY(roles) AND login = phone AND activated LIMIT 1`,
    );
    expect(await s.login(someone!.login)).toBeTruthy();
  });

  it('holds two parks with grids, about 120 members, staff for every group and an instructor', async () => {
    const orgs = await s.db.query<{ kind: string; n: number }>(
      'SELECT kind, count(*)::int AS n FROM orgs GROUP BY kind',
    );
    const kinds = Object.fromEntries(orgs.map((o) => [o.kind, o.n]));
    expect(kinds).toMatchObject({ district: 1, committee: 2, grid: 4 });
    expect(kinds.branch).toBeGreaterThanOrEqual(6);

    const members = await s.db.query<{ phone: string; standing: string; joined_at: unknown }>(
      `SELECT phone, standing, joined_at FROM users WHERE 'member' = ANY(roles)`,
    );
    expect(members.length).toBeGreaterThanOrEqual(110);
    expect(members.length).toBeLessThanOrEqual(130);
    expect(members.every((m) => PHONE_RE.test(m.phone) && m.joined_at)).toBe(true);
    expect(new Set(members.map((m) => m.phone)).size).toBe(members.length);
    const probationary = members.filter((m) => m.standing === 'probationary').length;
    expect(probationary).toBeGreaterThan(0);
    expect(probationary).toBeLessThan(members.length / 4);
    const keyMembers = await s.db.query<{ login: string; standing: string }>(
      `SELECT login, standing FROM users WHERE login = ANY($1::text[])`,
      [['organizer', 'member', 'member2', 'outsider']],
    );
    expect(keyMembers.every((m) => m.standing === 'full')).toBe(true);

    const groups = await s.db.query<{ g: string }>(
      `SELECT DISTINCT unnest(groups) AS g FROM users WHERE 'staff' = ANY(roles)`,
    );
    expect(groups.map((g) => g.g).sort()).toEqual([...SERVICE_GROUPS].sort());
    const [staff] = await s.db.query<{ groups: string[] }>(
      `SELECT groups FROM users WHERE login = 'staff'`,
    );
    expect(staff!.groups.sort()).toEqual(['legal', 'talent']);
  });

  it('registers 30 firms with valid credit codes; most joint-branch, and some with members but no coverage', async () => {
    const firms = records<FirmRecord>(await pullAs('admin'), 'firm');
    expect(firms).toHaveLength(30);
    expect(firms.every((f) => isValidCreditCode(f.creditCode))).toBe(true);
    expect(new Set(firms.map((f) => f.creditCode)).size).toBe(30);
    const by = (c: string) => firms.filter((f) => f.coverage === c);
    for (const c of COVERAGE) expect(by(c).length, c).toBeGreaterThan(0);
    expect(by('joint_branch').length).toBeGreaterThan(firms.length / 2);
    expect(by('none').some((f) => (f.memberCount ?? 0) > 0)).toBe(true);
    expect(by('joint_branch').every((f) => f.branchId)).toBe(true);
    const joint = new Set(by('joint_branch').map((f) => f.branchId));
    expect(joint.size).toBe(6);
  });

  it('the instructor pulls the firms they look after', async () => {
    const firms = records<FirmRecord>(await pullAs('instructor'), 'firm');
    const mine = firms.filter((f) => f.instructorId === ids.users.instructor);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.some((f) => f.coverage === 'instructor')).toBe(true);
  });

  it('an organizer pulls member_admin for the members of their branch, a member none', async () => {
    const admins = records<MemberAdminRecord>(await pullAs('organizer'), 'member_admin');
    const [n] = await s.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM users u JOIN orgs o ON o.id = u.org_id WHERE $1 = ANY(o.path)`,
      [ids.branchA],
    );
    expect(admins).toHaveLength(n!.n);
    expect(admins.find((a) => a.login === 'member')).toMatchObject({
      name: '陈晓创',
      standing: 'full',
      activated: true,
      activationCode: null,
    });
    expect(records(await pullAs('member'), 'member_admin')).toEqual([]);
    // the admin holds one for every account, some still waiting for their activation code
    const all = records<MemberAdminRecord>(await pullAs('admin'), 'member_admin');
    const [{ users } = { users: 0 }] = await s.db.query<{ users: number }>(
      'SELECT count(*)::int AS users FROM users',
    );
    expect(all).toHaveLength(users);
    const waiting = all.filter((a) => !a.activated);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((a) => a.activationCode && a.activationCode.length >= 10)).toBe(true);
  });

  it('branch A has an invitation code and a join queue its organizer pulls, members do not', async () => {
    const changes = await pullAs('organizer');
    const [invite] = records<InviteRecord>(changes, 'invite');
    expect(invite).toMatchObject({ orgId: ids.branchA, uses: 3, revokedAt: null });
    expect(Date.parse(invite!.expiresAt)).toBeGreaterThan(Date.now());
    const queue = records<JoinRequestRecord>(changes, 'join_request');
    expect(queue.filter((j) => j.status === 'pending')).toHaveLength(2);
    const member = await pullAs('member');
    expect([...records(member, 'invite'), ...records(member, 'join_request')]).toEqual([]);
  });

  it('the member sees lessons, rooms and party days, none of the riverside park', async () => {
    const changes = await pullAs('member');
    expect(records<LessonRecord>(changes, 'lesson').length).toBeGreaterThanOrEqual(15);
    expect(records(changes, 'venue')).toHaveLength(2);
    const events = records<EventRecord>(changes, 'event');
    expect(events.length).toBeGreaterThanOrEqual(3);
    const now = Date.now();
    const live = events.find((e) => e.title === LIVE)!;
    expect(Date.parse(live.startsAt)).toBeLessThan(now);
    expect(Date.parse(live.endsAt)).toBeGreaterThan(now);
    const riverside = new Set(
      (
        await s.db.query<{ id: string }>('SELECT id FROM orgs WHERE $1 = ANY(path)', [ids.park2])
      ).map((o) => o.id),
    );
    const orgOf = (c: (typeof changes)[number]) => dataOf<{ orgId?: string }>(c)?.orgId ?? '';
    expect(changes.filter((c) => riverside.has(orgOf(c)))).toEqual([]);
    const lessons = await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM lessons');
    expect(lessons[0]!.n).toBe(30);
  });
});

describe('dates that stay alive', () => {
  let s: TestServer;
  const seededAt = new Date(Date.now() - 10 * DAY - 5 * HOUR);

  beforeAll(async () => {
    s = await startServer({ seed: false });
    await s.db.tx((tx) => seedDemo(tx, seededAt));
  });
  afterAll(() => s.close());

  it('a demo seeded ten days ago has its party day in progress again after a start today, and phones pull the new times', async () => {
    const token = await s.login('member');
    const clientId = uuidv7();
    const before = await pullAll(s, token, clientId);
    const eventsBefore = before.changes.filter((c) => c.type === 'event');
    const liveBefore = dataOf<EventRecord>(
      eventsBefore.find((c) => dataOf<EventRecord>(c)?.title === LIVE),
    )!;
    expect(Date.parse(liveBefore.endsAt)).toBeLessThan(Date.now());
    const lessonsBefore = await s.db.query<{ id: string; scheduled_at: Date }>(
      'SELECT id, scheduled_at FROM lessons WHERE scheduled_at IS NOT NULL ORDER BY id',
    );

    await prepareDatabase(s.db, s.ctx.config, quiet);

    const after = await pullAll(s, token, clientId, before.last.cursor);
    const events = after.changes
      .filter((c) => c.type === 'event')
      .map((c) => dataOf<EventRecord>(c)!);
    const now = Date.now();
    const live = events.find((e) => e.title === LIVE)!;
    expect(Date.parse(live.startsAt)).toBeLessThan(now);
    expect(Date.parse(live.endsAt)).toBeGreaterThan(now + HOUR);
    // the others moved by whole days: same time of day, past ones past, coming ones ahead
    expect(events.length).toBe(eventsBefore.length);
    for (const e of events.filter((e) => e.id !== live.id)) {
      const was = dataOf<EventRecord>(eventsBefore.find((c) => c.id === e.id))!;
      expect(Date.parse(e.startsAt) - Date.parse(was.startsAt)).toBe(10 * DAY);
    }
    expect(events.filter((e) => Date.parse(e.startsAt) > now).length).toBeGreaterThan(0);
    expect(events.filter((e) => Date.parse(e.endsAt) < now).length).toBeGreaterThan(0);
    const lessons = after.changes.filter((c) => c.type === 'lesson').map((c) => c.id);
    const lessonsAfter = await s.db.query<{ id: string; scheduled_at: Date }>(
      'SELECT id, scheduled_at FROM lessons WHERE scheduled_at IS NOT NULL ORDER BY id',
    );
    for (const [i, l] of lessonsAfter.entries()) {
      expect(l.scheduled_at.getTime() - lessonsBefore[i]!.scheduled_at.getTime()).toBe(10 * DAY);
      expect(l.scheduled_at.getTime()).toBeGreaterThan(now);
    }
    expect(lessons.length).toBeGreaterThan(0);

    // the organizer's check-in at it moved along: still just before its start
    const checkins = after.changes
      .filter((c) => c.type === 'checkin')
      .map((c) => dataOf<{ eventId: string; createdAt: string }>(c)!);
    const [organizers] = await s.db.query<{ created_at: Date }>(
      `SELECT created_at FROM event_checkins WHERE event_id = $1`,
      [live.id],
    );
    const early = Date.parse(live.startsAt) - organizers!.created_at.getTime();
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(HOUR);
    expect(checkins.filter((c) => c.eventId === live.id)).toEqual([]); // not the member's to see

    // a second start the same day moves nothing
    const cursor = after.last.cursor;
    await prepareDatabase(s.db, s.ctx.config, quiet);
    const again = await pullAll(s, token, clientId, cursor);
    expect(again.changes.filter((c) => c.type === 'event')).toEqual([]);
  });
});
