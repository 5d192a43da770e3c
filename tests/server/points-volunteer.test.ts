import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, startServer, type TestServer } from './helpers.ts';
import { dataOf, pullAll, push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import type { PointsEntryRecord } from '../../src/shared/records.ts';
import { pioneerIndex, type CategoryPoints } from '../../src/shared/points/pioneer-index.ts';
import { createUser } from '../../src/server/accounts/users.ts';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('volunteer.log through push, and the points endpoints', () => {
  let s: TestServer;
  let organizer: string;
  let member: string;
  beforeAll(async () => {
    s = await startServer();
    organizer = await s.login('organizer');
    member = await s.login('member');
    await s.db.tx((tx) =>
      createUser(tx, {
        login: 'parkorg',
        name: '园区党委韩委员',
        password: 'lianxin-demo',
        roles: ['organizer'],
        orgId: s.ids.park,
        groups: [],
      }),
    );
  });
  afterAll(() => s.close());

  const log = (memberId: string, extra: Record<string, unknown> = {}) => ({
    name: 'volunteer.log',
    args: { id: uuidv7(), memberId, hours: 3, date: today(), note: '协助园区招聘会引导', ...extra },
  });
  const entriesOf = (userId: string) =>
    s.db.query<{ points: number; source_id: string }>(
      `SELECT points, source_id FROM points_entries WHERE user_id = $1 AND rule = 'volunteer_hours'`,
      [userId],
    );

  it('an organizer of the member org logs hours; the member pulls the points once', async () => {
    const clientId = uuidv7();
    const m = log(s.ids.users.member);
    const first = await push(s, organizer, clientId, [{ seq: 1, ...m }]);
    expect(first.body.results).toEqual([{ seq: 1, status: 'applied' }]);
    // the same push again (lost response) and the same log from a new clientId (push rule 8)
    expect((await push(s, organizer, clientId, [{ seq: 1, ...m }])).body.results[0]?.status).toBe(
      'duplicate',
    );
    expect((await push(s, organizer, uuidv7(), [{ seq: 1, ...m }])).body.results[0]?.status).toBe(
      'applied',
    );
    expect(await entriesOf(s.ids.users.member)).toEqual([{ points: 30, source_id: m.args.id }]);

    const { changes } = await pullAll(s, member, uuidv7());
    // (the demo seed's party days earn attendance points too: look at the volunteer entry)
    const entry = dataOf<PointsEntryRecord>(
      changes.find(
        (c) =>
          c.type === 'points_entry' && dataOf<PointsEntryRecord>(c)?.rule === 'volunteer_hours',
      ),
    );
    expect(entry).toMatchObject({
      rule: 'volunteer_hours',
      category: 'service',
      points: 30,
      hours: 3,
      note: '协助园区招聘会引导',
      sourceType: 'volunteer_log',
      sourceId: m.args.id,
    });
    const other = await pullAll(s, await s.login('member2'), uuidv7());
    // member2 pulls only their own entries (the seed's attendance), never the member's
    const foreign = other.changes.filter(
      (c) =>
        c.type === 'points_entry' && dataOf<PointsEntryRecord>(c)?.userId !== s.ids.users.member2,
    );
    expect(foreign).toEqual([]);
    expect(other.changes.some((c) => c.type === 'points_entry' && c.id === entry?.id)).toBe(false);
  });

  it('only organizers managing the member org may log, never for themselves', async () => {
    const cases: [string, string, string][] = [
      ['member', s.ids.users.member2, 'forbidden'],
      ['organizer', s.ids.users.outsider, 'not_found'], // branch B is not theirs
      ['organizer', s.ids.users.organizer, 'forbidden'],
      ['staff', s.ids.users.member, 'forbidden'],
    ];
    for (const [login, memberId, code] of cases) {
      const res = await push(s, await s.login(login), uuidv7(), [{ seq: 1, ...log(memberId) }]);
      expect(res.body.results[0]).toMatchObject({ status: 'rejected', code });
    }
    expect(await entriesOf(s.ids.users.outsider)).toEqual([]);
    expect(await entriesOf(s.ids.users.member2)).toEqual([]);
    // a park organizer manages branch B below the park
    const park = await s.login('parkorg');
    const ok = await push(s, park, uuidv7(), [{ seq: 1, ...log(s.ids.users.outsider) }]);
    expect(ok.body.results[0]?.status).toBe('applied');
    expect(await entriesOf(s.ids.users.outsider)).toHaveLength(1);
    // the park's staff (a service group, not a Party member) earns no volunteer points
    const staff = await push(s, park, uuidv7(), [{ seq: 1, ...log(s.ids.users.staff) }]);
    expect(staff.body.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect(await entriesOf(s.ids.users.staff)).toEqual([]);
  });

  it('refuses bad hours, future dates and an id that belongs to someone else, storing nothing', async () => {
    const bad = [
      log(s.ids.users.member2, { hours: 0 }),
      log(s.ids.users.member2, { hours: 1.3 }),
      log(s.ids.users.member2, { hours: 13 }),
      log(s.ids.users.member2, { date: '2999-01-01' }),
      log(s.ids.users.member2, { date: '2001-01-01' }),
      log(s.ids.users.member2, { note: '' }),
    ];
    const res = await push(
      s,
      organizer,
      uuidv7(),
      bad.map((m, i) => ({ seq: i + 1, ...m })),
    );
    expect(res.body.results.map((r) => r.status)).toEqual(bad.map(() => 'rejected'));
    expect(await entriesOf(s.ids.users.member2)).toEqual([]);
    // someone else's id: conflict
    const m = log(s.ids.users.outsider);
    await push(s, await s.login('parkorg'), uuidv7(), [{ seq: 1, ...m }]);
    const clash = await push(s, organizer, uuidv7(), [
      { seq: 1, ...log(s.ids.users.member2, { id: m.args.id }) },
    ]);
    expect(clash.body.results[0]).toMatchObject({ status: 'rejected', code: 'conflict' });
  });

  it('rules: anyone signed in reads them, only an admin changes them', async () => {
    const read = await s.app.inject({ url: '/api/points/rules', headers: auth(member) });
    expect(read.statusCode).toBe(200);
    expect(
      read
        .json()
        .current.map((r: { rule: string }) => r.rule)
        .sort(),
    ).toEqual([
      'event_attended',
      'lesson_completed',
      'lesson_rated',
      'request_rated',
      'volunteer_hours',
    ]);
    const change = (token: string, payload: unknown, rule = 'lesson_rated') =>
      s.app.inject({
        method: 'PUT',
        url: `/api/points/rules/${rule}`,
        headers: auth(token),
        payload: payload as object,
      });
    expect((await change(organizer, { points: 3 })).statusCode).toBe(403);
    const admin = await s.login('admin');
    expect((await change(admin, { points: 3, extra: 1 })).statusCode).toBe(400);
    expect((await change(admin, { points: 3 }, 'wall_post')).statusCode).toBe(400);
    expect(
      (await change(admin, { points: 3, effectiveFrom: '2020-01-01T00:00:00Z' })).json().error.code,
    ).toBe('invalid_request');
    const ok = await change(admin, {
      points: 3,
      dailyCap: 9,
      effectiveFrom: '2099-01-01T00:00:00Z',
    });
    expect(ok.statusCode).toBe(200);
    const after = (await s.app.inject({ url: '/api/points/rules', headers: auth(member) })).json();
    expect(after.scheduled).toContainEqual(
      expect.objectContaining({ rule: 'lesson_rated', points: 3, dailyCap: 9 }),
    );
  });

  it('pioneers: organizers rank their managed members; CSV has a BOM; members are refused', async () => {
    const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    const res = await s.app.inject({
      url: `/api/points/pioneers?month=${month}`,
      headers: auth(organizer),
    });
    expect(res.statusCode).toBe(200);
    const members = res.json().members as {
      userId: string;
      name: string;
      rank: number;
      index: number;
      points: CategoryPoints;
    }[];
    // branch A members only (outsider is in branch B)
    expect(members.map((m) => m.userId)).not.toContain(s.ids.users.outsider);
    expect(members[0]).toMatchObject({ userId: s.ids.users.member, rank: 1 });
    expect(members[0]?.points.service).toBe(30);
    // service target 40 with weight 0.3: 30 points -> 22.5, plus the seed's attendance this month
    expect(members[0]?.index).toBe(pioneerIndex(members[0]!.points));
    expect(members[0]!.index).toBeGreaterThanOrEqual(22.5);

    const csv = await s.app.inject({
      url: `/api/points/pioneers.csv?month=${month}`,
      headers: auth(organizer),
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.body).toContain('"陈晓创"');
    expect(csv.body).toContain(`"${members[0]!.index}"`);

    for (const [token, url, status] of [
      [member, `/api/points/pioneers.csv?month=${month}`, 403],
      [organizer, `/api/points/pioneers?orgId=${s.ids.branchB}`, 403],
      [organizer, `/api/points/pioneers?month=2025-13`, 400],
    ] as const) {
      expect((await s.app.inject({ url, headers: auth(token) })).statusCode).toBe(status);
    }
    const parkView = await s.app.inject({
      url: `/api/points/pioneers?orgId=${s.ids.park}`,
      headers: auth(await s.login('parkorg')),
    });
    expect(parkView.json().members.map((m: { userId: string }) => m.userId)).toContain(
      s.ids.users.outsider,
    );
  });
});
