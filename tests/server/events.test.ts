import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, startServer, type TestServer } from './helpers.ts';
import { dataOf, pullAll } from './sync-helpers.ts';
import { countRows, pushOne, seededEvents } from './events-helpers.ts';
import { checkinCode, windowAt } from '../../src/shared/checkin-code.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import type { Change } from '../../src/shared/protocol.ts';

const idsOf = (changes: Change[], type: string) =>
  new Set(changes.filter((c) => c.type === type && c.op === 'put').map((c) => c.id));

describe('party days: planning, visibility, RSVP, wall, attendance', () => {
  let s: TestServer;
  const t: Record<string, string> = {};
  let ev: Awaited<ReturnType<typeof seededEvents>>;

  beforeAll(async () => {
    s = await startServer();
    for (const l of ['member', 'member2', 'outsider', 'organizer', 'staff', 'admin'])
      t[l] = await s.login(l);
    ev = await seededEvents(s);
  });
  afterAll(() => s.close());

  const pulled = async (login: string) => (await pullAll(s, t[login]!, uuidv7())).changes;
  const plan = (over: Record<string, unknown> = {}) => ({
    id: uuidv7(),
    orgId: s.ids.branchA,
    title: '月度主题党日',
    theme: '学习新修订的党章',
    startsAt: '2031-05-08T06:00:00.000Z',
    endsAt: '2031-05-08T08:00:00.000Z',
    venue: '红色会客厅',
    capacity: 2,
    agenda: [
      { title: '领学党章', mandatory: true },
      { title: '分组讨论', mandatory: false },
    ],
    ...over,
  });

  it('the demo seed has party days for branch A (one in progress) and branch B', async () => {
    expect(ev.past && ev.live && ev.next && ev.branchB).toBeTruthy();
    expect(await countRows(s, 'events', 'org_id = $1', [s.ids.branchA])).toBeGreaterThanOrEqual(3);
    expect(ev.live.starts_at.getTime()).toBe(s.ids.now.getTime() - 3600_000);
    expect(ev.live.ends_at.getTime()).toBe(s.ids.now.getTime() + 2 * 3600_000);
    expect(ev.live.secret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('event secrets reach only organizers of the event’s org (pull rule 2)', async () => {
    for (const who of ['member', 'member2', 'outsider', 'staff']) {
      const changes = await pulled(who);
      expect(changes.filter((c) => c.type === 'event_secret')).toEqual([]);
      expect(JSON.stringify(changes)).not.toContain(ev.live.secret);
    }
    const org = await pulled('organizer');
    const secrets = org.filter((c) => c.type === 'event_secret');
    expect(secrets.map((c) => c.id)).toContain(ev.live.id);
    expect(secrets.map((c) => c.id)).not.toContain(ev.branchB.id);
    const live = dataOf<{ eventId: string; secret: string }>(
      secrets.find((c) => c.id === ev.live.id),
    );
    expect(live).toEqual({ id: ev.live.id, eventId: ev.live.id, secret: ev.live.secret });
    // the event record itself carries no secret
    const event = dataOf(org.find((c) => c.type === 'event' && c.id === ev.live.id));
    expect(event).toMatchObject({
      orgId: s.ids.branchA,
      title: expect.any(String),
      theme: expect.any(String),
    });
    expect(event && 'secret' in event).toBe(false);
  });

  it('members see their branch’s party days, not another branch’s', async () => {
    const member = idsOf(await pulled('member'), 'event');
    expect(member.has(ev.live.id)).toBe(true);
    expect(member.has(ev.branchB.id)).toBe(false);
    const outsider = idsOf(await pulled('outsider'), 'event');
    expect(outsider.has(ev.branchB.id)).toBe(true);
    expect(outsider.has(ev.live.id)).toBe(false);
  });

  it('organizers plan a party day; the server makes its secret; members may not plan', async () => {
    const args = plan();
    expect((await pushOne(s, t.organizer!, 'event.save', args)).status).toBe('applied');
    const [row] = await s.db.query<{ secret: string; user_id: string }>(
      'SELECT secret, user_id FROM events WHERE id = $1',
      [args.id],
    );
    expect(row!.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.user_id).toBe(s.ids.users.organizer);
    const seen = dataOf(
      (await pulled('member')).find((c) => c.type === 'event' && c.id === args.id),
    );
    expect(seen).toMatchObject({
      title: '月度主题党日',
      theme: '学习新修订的党章',
      startsAt: '2031-05-08T06:00:00.000Z',
      capacity: 2,
      status: 'scheduled',
      agenda: args.agenda,
    });
    const other = plan();
    expect(await pushOne(s, t.member!, 'event.save', other)).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect(
      await pushOne(s, t.organizer!, 'event.save', plan({ orgId: s.ids.branchB })),
    ).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect(
      await pushOne(s, t.organizer!, 'event.save', plan({ endsAt: '2031-05-08T05:00:00.000Z' })),
    ).toMatchObject({ status: 'rejected', code: 'invalid_request' });
    expect(await pushOne(s, t.organizer!, 'event.save', { ...plan(), secret: 'x' })).toMatchObject({
      status: 'rejected',
      code: 'invalid_request',
    });
    expect(await countRows(s, 'events', 'id = $1', [other.id])).toBe(0);
  });

  it('a save edits; the same save again changes nothing; someone else’s id is a conflict', async () => {
    const args = plan();
    await pushOne(s, t.organizer!, 'event.save', args);
    const version = async () =>
      (
        await s.db.query<{ version: number }>(
          `SELECT version FROM sync_log WHERE type = 'event' AND id = $1`,
          [args.id],
        )
      )[0]!.version;
    const [before] = await s.db.query<{ secret: string }>(
      'SELECT secret FROM events WHERE id = $1',
      [args.id],
    );
    const edited = { ...args, theme: '学习新修订的党章（第二讲）' };
    expect((await pushOne(s, t.organizer!, 'event.save', edited)).status).toBe('applied');
    const v1 = await version();
    expect((await pushOne(s, t.organizer!, 'event.save', edited)).status).toBe('applied');
    expect(await version()).toBe(v1);
    const [after] = await s.db.query<{ secret: string; theme: string }>(
      'SELECT secret, theme FROM events WHERE id = $1',
      [args.id],
    );
    expect(after).toEqual({ secret: before!.secret, theme: '学习新修订的党章（第二讲）' });
    // branch B's party day, saved under branch A by an organizer who does not manage branch B
    const r = await pushOne(s, t.organizer!, 'event.save', plan({ id: ev.branchB.id }));
    expect(r).toMatchObject({ status: 'rejected', code: 'conflict' });
  });

  it('a save never moves a party day to another org, not even the admin’s (pull rule 5)', async () => {
    const args = plan({ orgId: s.ids.branchB });
    expect((await pushOne(s, t.admin!, 'event.save', args)).status).toBe('applied');
    const client = uuidv7();
    const first = await pullAll(s, t.outsider!, client);
    expect(idsOf(first.changes, 'event').has(args.id)).toBe(true);
    const moved = await pushOne(s, t.admin!, 'event.save', { ...args, orgId: s.ids.branchA });
    expect(moved).toMatchObject({ status: 'rejected', code: 'invalid_request' });
    const [row] = await s.db.query<{ org_id: string }>('SELECT org_id FROM events WHERE id = $1', [
      args.id,
    ]);
    expect(row!.org_id).toBe(s.ids.branchB);
    // branch B's phones keep a party day that is still theirs; branch A never receives it
    expect((await pullAll(s, t.outsider!, client, first.last.cursor)).changes).toEqual([]);
    expect(idsOf(await pulled('member'), 'event').has(args.id)).toBe(false);
    // an edit that keeps the org still goes through
    const edited = { ...args, theme: '换了主题' };
    expect((await pushOne(s, t.admin!, 'event.save', edited)).status).toBe('applied');
    const next = await pullAll(s, t.outsider!, client, first.last.cursor);
    expect(dataOf(next.changes.find((c) => c.id === args.id))).toMatchObject({
      orgId: s.ids.branchB,
      theme: '换了主题',
    });
  });

  it('RSVP and the wall are for the member role: the admin sees the party day but may not answer', async () => {
    const args = plan();
    await pushOne(s, t.organizer!, 'event.save', args);
    const rsvp = { eventId: args.id, status: 'going' };
    expect(await pushOne(s, t.admin!, 'event.rsvp', rsvp)).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect(
      await pushOne(s, t.admin!, 'wall.post', { id: uuidv7(), eventId: args.id, body: '你好' }),
    ).toMatchObject({ status: 'rejected', code: 'forbidden' });
    // staff of the park cannot see branch A's party day at all
    expect(await pushOne(s, t.staff!, 'event.rsvp', rsvp)).toMatchObject({
      status: 'rejected',
      code: 'not_found',
    });
    // nor answer one of the park they do see
    const park = plan({ orgId: s.ids.park });
    expect((await pushOne(s, t.admin!, 'event.save', park)).status).toBe('applied');
    expect(
      await pushOne(s, t.staff!, 'event.rsvp', { eventId: park.id, status: 'going' }),
    ).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(await countRows(s, 'event_rsvps', 'event_id = ANY($1)', [[args.id, park.id]])).toBe(0);
    expect(await countRows(s, 'wall_posts', 'event_id = $1', [args.id])).toBe(0);
    // the organizer holds the member role too
    expect((await pushOne(s, t.organizer!, 'event.rsvp', rsvp)).status).toBe('applied');
  });

  it('a cancelled party day stays visible as cancelled, its secret is withdrawn, check-in closes', async () => {
    const args = plan({
      startsAt: new Date(Date.now() - 600_000).toISOString(),
      endsAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    await pushOne(s, t.organizer!, 'event.save', args);
    const orgClient = uuidv7();
    const first = await pullAll(s, t.organizer!, orgClient);
    expect(idsOf(first.changes, 'event_secret').has(args.id)).toBe(true);
    expect(await pushOne(s, t.member!, 'event.cancel', { eventId: args.id })).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect((await pushOne(s, t.organizer!, 'event.cancel', { eventId: args.id })).status).toBe(
      'applied',
    );
    const next = await pullAll(s, t.organizer!, orgClient, first.last.cursor);
    expect(next.changes).toContainEqual({ type: 'event_secret', op: 'del', id: args.id });
    expect(dataOf(next.changes.find((c) => c.type === 'event'))).toMatchObject({
      status: 'cancelled',
    });
    const [{ secret }] = (await s.db.query<{ secret: string }>(
      'SELECT secret FROM events WHERE id = $1',
      [args.id],
    )) as [{ secret: string }];
    const w = windowAt(Date.now());
    const r = await pushOne(s, t.member!, 'event.checkin', {
      eventId: args.id,
      window: w,
      code: await checkinCode(secret, w),
    });
    expect(r).toMatchObject({ status: 'rejected', code: 'outside_window' });
    expect(
      await pushOne(s, t.member!, 'event.rsvp', { eventId: args.id, status: 'going' }),
    ).toMatchObject({ status: 'rejected' });
  });

  it('an RSVP is private to the member and their organizers; the last answer wins; capacity holds', async () => {
    const args = plan({ capacity: 1 });
    await pushOne(s, t.organizer!, 'event.save', args);
    expect(
      (await pushOne(s, t.member!, 'event.rsvp', { eventId: args.id, status: 'going' })).status,
    ).toBe('applied');
    expect(
      await pushOne(s, t.member2!, 'event.rsvp', { eventId: args.id, status: 'going' }),
    ).toMatchObject({
      status: 'rejected',
      code: 'slot_taken',
    });
    expect(
      (await pushOne(s, t.member!, 'event.rsvp', { eventId: args.id, status: 'not_going' })).status,
    ).toBe('applied');
    expect(
      (await pushOne(s, t.member2!, 'event.rsvp', { eventId: args.id, status: 'going' })).status,
    ).toBe('applied');
    expect(await countRows(s, 'event_rsvps', 'event_id = $1', [args.id])).toBe(2);

    const rsvpsOf = async (who: string) =>
      (await pulled(who))
        .filter((c) => c.type === 'rsvp')
        .map((c) => dataOf<{ eventId: string; userId: string; status: string }>(c)!)
        .filter((d) => d.eventId === args.id);
    expect(await rsvpsOf('member')).toEqual([
      expect.objectContaining({ userId: s.ids.users.member, status: 'not_going' }),
    ]);
    expect((await rsvpsOf('organizer')).map((r) => r.userId).sort()).toEqual(
      [s.ids.users.member, s.ids.users.member2].sort(),
    );
    expect(await rsvpsOf('outsider')).toEqual([]);
    expect(
      await pushOne(s, t.outsider!, 'event.rsvp', { eventId: args.id, status: 'going' }),
    ).toMatchObject({
      status: 'rejected',
      code: 'not_found',
    });
    expect(
      await pushOne(s, t.member!, 'event.rsvp', { eventId: ev.past.id, status: 'going' }),
    ).toMatchObject({
      status: 'rejected',
      code: 'outside_window',
    });
  });

  it('check-ins are private to the member and their organizers', async () => {
    const w = windowAt(Date.now());
    await pushOne(s, t.member!, 'event.checkin', {
      eventId: ev.live.id,
      window: w,
      code: await checkinCode(ev.live.secret, w),
    });
    const checkinsOf = async (who: string) =>
      (await pulled(who))
        .filter((c) => c.type === 'checkin')
        .map((c) => dataOf<{ eventId: string; userId: string }>(c)!)
        .filter((d) => d.eventId === ev.live.id)
        .map((d) => d.userId);
    expect(await checkinsOf('member')).toEqual([s.ids.users.member]);
    expect(await checkinsOf('member2')).toEqual([]);
    expect(await checkinsOf('outsider')).toEqual([]);
    expect(await checkinsOf('organizer')).toContain(s.ids.users.member);
  });

  it('the wall: who came or signed up may post plain text; everyone who sees the event reads it', async () => {
    const body = '<img src=x onerror=alert(1)> 今天的路演很精彩！';
    const post = { id: uuidv7(), eventId: ev.live.id, body };
    // the seed has member signed up for the live party day
    expect((await pushOne(s, t.member!, 'wall.post', post)).status).toBe('applied');
    expect((await pushOne(s, t.member!, 'wall.post', post)).status).toBe('applied');
    expect(await countRows(s, 'wall_posts', 'id = $1', [post.id])).toBe(1);
    expect(await pushOne(s, t.member2!, 'wall.post', { ...post, body: '抢注' })).toMatchObject({
      status: 'rejected',
      code: 'conflict',
    });
    expect(await pushOne(s, t.outsider!, 'wall.post', { ...post, id: uuidv7() })).toMatchObject({
      status: 'rejected',
      code: 'not_found',
    });
    // nobody answered next-month's second party day: no post without RSVP or check-in
    const fresh = plan();
    await pushOne(s, t.organizer!, 'event.save', fresh);
    expect(
      await pushOne(s, t.member2!, 'wall.post', { id: uuidv7(), eventId: fresh.id, body: '你好' }),
    ).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect(
      await pushOne(s, t.member!, 'wall.post', { id: uuidv7(), eventId: ev.live.id, body: '   ' }),
    ).toMatchObject({
      status: 'rejected',
      code: 'invalid_request',
    });

    const client2 = uuidv7();
    const seen = await pullAll(s, t.member2!, client2);
    expect(dataOf(seen.changes.find((c) => c.id === post.id))).toMatchObject({
      body,
      userId: s.ids.users.member,
      authorName: '陈晓创',
      eventId: ev.live.id,
    });
    expect(idsOf(await pulled('outsider'), 'wall_post').has(post.id)).toBe(false);

    // moderation: members may not hide; the organizer's hide reaches holders as a tombstone
    expect(await pushOne(s, t.member2!, 'wall.hide', { postId: post.id })).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect((await pushOne(s, t.organizer!, 'wall.hide', { postId: post.id })).status).toBe(
      'applied',
    );
    const after = await pullAll(s, t.member2!, client2, seen.last.cursor);
    expect(after.changes).toEqual([{ type: 'wall_post', op: 'del', id: post.id }]);
    expect(idsOf(await pulled('member'), 'wall_post').has(post.id)).toBe(false);

    // The author learns it was hidden and by whom; the organizer keeps it to put it back; other
    // members and the staff hold nothing of it.
    const hiddenFor = async (login: string) =>
      dataOf((await pulled(login)).find((c) => c.type === 'hidden_wall_post' && c.id === post.id));
    expect(await hiddenFor('member')).toMatchObject({ body, hiddenByName: '林书记' });
    expect(await hiddenFor('organizer')).toMatchObject({ userId: s.ids.users.member });
    expect(await hiddenFor('member2')).toBeUndefined();
    expect(await hiddenFor('staff')).toBeUndefined();

    // Undo: members may not; the organizer puts it back for everyone and the hidden copy goes.
    expect(await pushOne(s, t.member!, 'wall.unhide', { postId: post.id })).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    const authorBefore = await pullAll(s, t.member!, uuidv7());
    expect((await pushOne(s, t.organizer!, 'wall.unhide', { postId: post.id })).status).toBe(
      'applied',
    );
    const back = await pullAll(s, t.member2!, client2, after.last.cursor);
    expect(back.changes.map((c) => [c.type, c.op, c.id])).toEqual([['wall_post', 'put', post.id]]);
    const authorAfter = await pullAll(s, t.member!, uuidv7(), authorBefore.last.cursor);
    expect(authorAfter.changes.map((c) => [c.type, c.op])).toEqual(
      expect.arrayContaining([
        ['hidden_wall_post', 'del'],
        ['wall_post', 'put'],
      ]),
    );
    expect(await hiddenFor('member')).toBeUndefined();
  });

  it('GET checkin-code: organizers of the org get the current code; others do not', async () => {
    const res = await s.app.inject({
      url: `/api/events/${ev.live.id}/checkin-code`,
      headers: { ...auth(t.organizer!), host: 'lianxin.example' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { window: number; code: string; url: string; expiresAt: string };
    expect([windowAt(Date.now()), windowAt(Date.now()) - 1]).toContain(body.window);
    expect(body.code).toBe(await checkinCode(ev.live.secret, body.window));
    expect(body.url).toBe(
      `http://lianxin.example/checkin?e=${ev.live.id}&w=${body.window}&c=${body.code}`,
    );
    expect(Date.parse(body.expiresAt)).toBe((body.window + 1) * 30_000);
    const get = (who: string, id = ev.live.id) =>
      s.app.inject({ url: `/api/events/${id}/checkin-code`, headers: auth(t[who]!) });
    expect((await get('member')).statusCode).toBe(403);
    expect((await get('member')).body).not.toContain(body.code);
    expect((await get('outsider')).statusCode).toBe(404);
    expect((await get('organizer', uuidv7())).statusCode).toBe(404);
    expect((await get('organizer', 'nope')).json().error.code).toBe('invalid_request');
    expect((await s.app.inject({ url: `/api/events/${ev.live.id}/checkin-code` })).statusCode).toBe(
      401,
    );
  });

  it('GET attendance.csv: UTF-8 with BOM, one row per member of the org subtree, organizers only', async () => {
    const res = await s.app.inject({
      url: `/api/events/${ev.past.id}/attendance.csv`,
      headers: auth(t.organizer!),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="attendance-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const raw = res.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('姓名,账号,所在组织,报名,签到,签到方式,签到时间（北京时间）');
    const members = await countRows(
      s,
      'users u JOIN orgs o ON o.id = u.org_id',
      `$1 = ANY(o.path) AND 'member' = ANY(u.roles)`,
      [s.ids.branchA],
    );
    expect(lines).toHaveLength(1 + members);
    const row = (name: string) => lines.find((l) => l.startsWith(`${name},`))!.split(',');
    expect(row('陈晓创').slice(3, 6)).toEqual(['参加', '已签到', '签到码']);
    expect(row('王一帆').slice(3, 6)).toEqual(['参加', '已签到', '手动登记']);
    expect(res.body).not.toContain('赵楼宇');
    for (const who of ['member', 'outsider']) {
      const r = await s.app.inject({
        url: `/api/events/${ev.past.id}/attendance.csv`,
        headers: auth(t[who]!),
      });
      expect(r.statusCode).toBe(who === 'member' ? 403 : 404);
    }
  });
});
