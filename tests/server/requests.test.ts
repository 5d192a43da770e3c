import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, startServer, type TestServer, jpegBase64 as jpeg } from './helpers.ts';
import { dataOf, pullAll, push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { createUser } from '../../src/server/accounts/users.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import { backup, restore } from '../../src/server/admin/backup.ts';
import type {
  RequestCommentRecord,
  RequestEventRecord,
  RequestRecord,
} from '../../src/shared/records.ts';

describe('service requests', () => {
  let s: TestServer;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    s = await startServer();
    // a second staff member in another group, to prove group boundaries
    await s.db.tx((tx) =>
      createUser(tx, {
        login: 'finance',
        name: '钱会计',
        password: DEMO_PASSWORD,
        roles: ['staff'],
        orgId: s.ids.park,
        groups: ['finance'],
      }),
    );
    for (const l of ['member', 'member2', 'outsider', 'organizer', 'staff', 'finance', 'admin'])
      t[l] = await s.login(l);
  });
  afterAll(() => s.close());

  const count = async (table: string, where = 'true', params: unknown[] = []) =>
    (
      await s.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
        params,
      )
    )[0]!.n;

  /** Pushes one mutation as `who` under a fresh clientId and returns its result. */
  const run = async (who: string, name: string, args: unknown) => {
    const res = await push(s, t[who]!, uuidv7(), [{ seq: 1, name, args }]);
    expect(res.status).toBe(200);
    return res.body.results[0]!;
  };

  const create = async (who: string, extra: Record<string, unknown> = {}) => {
    const id = uuidv7();
    const r = await run(who, 'request.create', {
      id,
      category: 'legal',
      title: '合同审查',
      body: '请帮忙看一下租赁合同的违约条款。',
      ...extra,
    });
    return { id, r };
  };

  const requestsSeenBy = async (who: string) => {
    const { changes } = await pullAll(s, t[who]!, uuidv7());
    return changes.filter((c) => c.type === 'request').map((c) => dataOf<RequestRecord>(c)!);
  };

  it('a member files a request with photos; it is stamped by the server and starts its timeline', async () => {
    const photoId = uuidv7();
    const { id, r } = await create('member', {
      photos: [{ id: photoId, mime: 'image/jpeg', data: jpeg() }],
    });
    expect(r.status).toBe('applied');
    const mine = (await requestsSeenBy('member')).find((x) => x.id === id)!;
    expect(mine).toMatchObject({
      status: 'submitted',
      category: 'legal',
      userId: s.ids.users.member,
      requesterName: '陈晓创',
      orgId: s.ids.branchA,
      photos: [{ id: photoId, mime: 'image/jpeg', url: `/api/requests/${id}/photos/${photoId}` }],
    });
    const { changes } = await pullAll(s, t.member!, uuidv7());
    const events = changes
      .filter((c) => c.type === 'request_event')
      .map((c) => dataOf<RequestEventRecord>(c)!)
      .filter((e) => e.requestId === id);
    expect(events).toMatchObject([{ from: null, to: 'submitted', actorName: '陈晓创' }]);
  });

  it('pull rule 2: the requester, staff of the group and organizers of the org see a request; nobody else', async () => {
    const { id } = await create('member2');
    const sees = async (who: string) => (await requestsSeenBy(who)).some((r) => r.id === id);
    expect(await sees('member2')).toBe(true);
    expect(await sees('staff')).toBe(true); // legal is one of staff's groups
    expect(await sees('organizer')).toBe(true); // organizer of branchA
    expect(await sees('admin')).toBe(true); // the district manages everything below
    expect(await sees('member')).toBe(false);
    expect(await sees('outsider')).toBe(false);
    expect(await sees('finance')).toBe(false); // staff of another group
  });

  it('push rule 7: a create resent changes nothing; someone else’s id is a conflict', async () => {
    const { id } = await create('member');
    const before = await count('request_events');
    const again = await run('member', 'request.create', {
      id,
      category: 'legal',
      title: '合同审查',
      body: '再发一次',
    });
    expect(again.status).toBe('applied');
    expect(await count('request_events')).toBe(before);
    const stolen = await run('member2', 'request.create', {
      id,
      category: 'talent',
      title: 'x',
      body: 'y',
    });
    expect(stolen).toMatchObject({ status: 'rejected', code: 'conflict' });
  });

  it('bad input gets a clear refusal and stores nothing', async () => {
    const before = {
      requests: await count('requests'),
      photos: await count('request_photos'),
      events: await count('request_events'),
    };
    const invalid = 'invalid_request';
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ title: '   ' }, invalid, /title/],
      [{ category: 'astrology' }, invalid, /category/],
      [
        { photos: [{ id: uuidv7(), mime: 'image/jpeg', data: jpeg(201 * 1024) }] },
        invalid,
        /200 KB/,
      ],
      [
        {
          photos: [
            { id: uuidv7(), mime: 'image/jpeg', data: jpeg() },
            { id: uuidv7(), mime: 'image/jpeg', data: jpeg(200 * 1024 + 1) },
          ],
        },
        invalid,
        /Photo 2 .*200 KB/,
      ],
      [{ photos: [{ id: uuidv7(), mime: 'image/png', data: jpeg() }] }, invalid, /not a PNG/],
      [{ photos: [{ id: uuidv7(), mime: 'image/jpeg', data: '***' }] }, invalid, /base64/],
      [
        {
          photos: Array.from({ length: 4 }, () => ({
            id: uuidv7(),
            mime: 'image/jpeg',
            data: jpeg(),
          })),
        },
        invalid,
        /photos/,
      ],
      [{ venueBooking: uuidv7() }, 'not_found', /booking/],
    ];
    for (const [extra, code, message] of cases) {
      const { r } = await create('member', extra);
      expect(r).toMatchObject({ status: 'rejected', code });
      expect(r.status === 'rejected' && r.message).toMatch(message);
    }
    expect({
      requests: await count('requests'),
      photos: await count('request_photos'),
      events: await count('request_events'),
    }).toEqual(before);
  });

  it('only members file requests', async () => {
    const { r } = await create('staff');
    expect(r).toMatchObject({ status: 'rejected', code: 'forbidden' });
  });

  it('staff of the group move it along; every status change is recorded once, with who and a note', async () => {
    const { id } = await create('member');
    const step = (who: string, to: string, note?: string) =>
      run(who, 'request.transition', { requestId: id, to, ...(note ? { note } : {}) });

    expect(await step('staff', 'resolved')).toMatchObject({ code: 'invalid_transition' });
    expect(await step('finance', 'accepted')).toMatchObject({ code: 'not_found' });
    expect(await step('member', 'accepted')).toMatchObject({ code: 'forbidden' });
    expect(await step('organizer', 'accepted')).toMatchObject({ code: 'forbidden' });

    expect((await step('staff', 'accepted')).status).toBe('applied');
    // the same step resent under a new clientId (docs/sync-protocol.md push rule 8) changes nothing
    expect((await step('staff', 'accepted')).status).toBe('applied');
    expect((await step('staff', 'in_progress', '已约面谈')).status).toBe('applied');
    expect((await step('staff', 'resolved', '条款已修改完毕')).status).toBe('applied');
    expect(await step('staff', 'rejected', '晚了')).toMatchObject({ code: 'invalid_transition' });
    expect(await step('staff', 'accepted')).toMatchObject({ code: 'invalid_transition' });

    const { changes } = await pullAll(s, t.member!, uuidv7());
    const timeline = changes
      .filter((c) => c.type === 'request_event')
      .map((c) => dataOf<RequestEventRecord>(c)!)
      .filter((e) => e.requestId === id)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(timeline.map((e) => [e.from, e.to, e.actorName, e.note])).toEqual([
      [null, 'submitted', '陈晓创', null],
      ['submitted', 'accepted', '周律师', null],
      ['accepted', 'in_progress', '周律师', '已约面谈'],
      ['in_progress', 'resolved', '周律师', '条款已修改完毕'],
    ]);
    const r = changes.find((c) => c.type === 'request' && c.id === id);
    expect(dataOf<RequestRecord>(r)).toMatchObject({
      status: 'resolved',
      assigneeId: s.ids.users.staff,
    });
    expect(dataOf<RequestRecord>(r)!.acceptedAt).not.toBeNull();
    expect(dataOf<RequestRecord>(r)!.resolvedAt).not.toBeNull();
    expect(await count('request_events', 'request_id = $1', [id])).toBe(4);
  });

  it('two staff accepting at once: one succeeds, the other is refused, one timeline entry', async () => {
    await s.db.tx((tx) =>
      createUser(tx, {
        login: 'legal2',
        name: '吴法务',
        password: DEMO_PASSWORD,
        roles: ['staff'],
        orgId: s.ids.park,
        groups: ['legal'],
      }),
    );
    const legal2 = await s.login('legal2');
    const { id } = await create('member');
    const accept = (token: string) =>
      push(s, token, uuidv7(), [
        { seq: 1, name: 'request.transition', args: { requestId: id, to: 'accepted' } },
      ]);
    const results = await Promise.all([accept(t.staff!), accept(legal2)]);
    const statuses = results.map((r) => r.body.results[0]!.status).sort();
    expect(statuses).toEqual(['applied', 'rejected']);
    expect(await count('request_events', `request_id = $1 AND to_status = 'accepted'`, [id])).toBe(
      1,
    );
  });

  it('rejecting needs a note', async () => {
    const { id } = await create('member');
    const bare = await run('staff', 'request.transition', { requestId: id, to: 'rejected' });
    expect(bare).toMatchObject({ status: 'rejected', code: 'invalid_request' });
    const ok = await run('staff', 'request.transition', {
      requestId: id,
      to: 'rejected',
      note: '不属于法律服务范围，请转综合服务组。',
    });
    expect(ok.status).toBe('applied');
  });

  it('the requester cancels before it is resolved, not after; nobody else can', async () => {
    const { id } = await create('member');
    expect(await run('member2', 'request.cancel', { requestId: id })).toMatchObject({
      code: 'not_found',
    });
    expect(await run('staff', 'request.cancel', { requestId: id })).toMatchObject({
      code: 'forbidden',
    });
    await run('staff', 'request.transition', { requestId: id, to: 'accepted' });
    expect((await run('member', 'request.cancel', { requestId: id })).status).toBe('applied');
    expect((await run('member', 'request.cancel', { requestId: id })).status).toBe('applied');
    expect(await count('request_events', `request_id = $1 AND to_status = 'cancelled'`, [id])).toBe(
      1,
    );
    expect(
      await run('staff', 'request.transition', { requestId: id, to: 'in_progress' }),
    ).toMatchObject({ code: 'invalid_transition' });

    const { id: done } = await create('member');
    for (const to of ['accepted', 'resolved'])
      await run('staff', 'request.transition', { requestId: done, to });
    expect(await run('member', 'request.cancel', { requestId: done })).toMatchObject({
      code: 'invalid_transition',
    });
  });

  it('the requester rates after it is resolved; the last rating wins', async () => {
    const { id } = await create('member');
    expect(await run('member', 'request.rate', { requestId: id, score: 5 })).toMatchObject({
      code: 'invalid_transition',
    });
    for (const to of ['accepted', 'resolved'])
      await run('staff', 'request.transition', { requestId: id, to });
    expect(await run('member', 'request.rate', { requestId: id, score: 6 })).toMatchObject({
      code: 'invalid_request',
    });
    expect(await run('staff', 'request.rate', { requestId: id, score: 5 })).toMatchObject({
      code: 'forbidden',
    });
    await run('member', 'request.rate', { requestId: id, score: 3, comment: '还行' });
    await run('member', 'request.rate', { requestId: id, score: 5, comment: '很及时' });
    const r = (await requestsSeenBy('staff')).find((x) => x.id === id)!;
    expect(r.rating).toEqual({ score: 5, comment: '很及时' });
  });

  it('the thread: requester, group staff and organizers comment; the others are refused', async () => {
    const { id } = await create('member');
    const comment = (who: string, body: string, cid = uuidv7()) =>
      run(who, 'request.comment', { id: cid, requestId: id, body });
    expect((await comment('member', '补充：合同共 12 页。')).status).toBe('applied');
    expect((await comment('staff', '收到，明天回复。')).status).toBe('applied');
    expect((await comment('organizer', '支部关注一下进度。')).status).toBe('applied');
    expect(await comment('member2', '我也想看')).toMatchObject({ code: 'not_found' });
    expect(await comment('outsider', '路过')).toMatchObject({ code: 'not_found' });
    expect(await comment('finance', '不是我组')).toMatchObject({ code: 'not_found' });
    expect(await comment('member', '   ')).toMatchObject({ code: 'invalid_request' });
    // resending the same comment changes nothing
    const cid = uuidv7();
    await comment('member', '同一条', cid);
    await comment('member', '同一条', cid);
    expect(await count('request_comments', 'request_id = $1', [id])).toBe(4);

    for (const who of ['member', 'staff', 'organizer']) {
      const { changes } = await pullAll(s, t[who]!, uuidv7());
      const thread = changes
        .filter((c) => c.type === 'request_comment')
        .map((c) => dataOf<RequestCommentRecord>(c)!)
        .filter((c) => c.requestId === id);
      expect(thread.map((c) => c.authorName).sort()).toEqual(
        ['林书记', '周律师', '陈晓创', '陈晓创'].sort(),
      );
    }
    for (const who of ['member2', 'outsider', 'finance']) {
      const { changes } = await pullAll(s, t[who]!, uuidv7());
      expect(
        changes.some(
          (c) =>
            (c.type === 'request_comment' || c.type === 'request_event') &&
            dataOf<{ requestId: string }>(c)?.requestId === id,
        ),
      ).toBe(false);
    }
  });

  describe('photos', () => {
    let url: string;
    const bytes = jpeg(4096);
    beforeAll(async () => {
      const photoId = uuidv7();
      const { id } = await create('member', {
        photos: [{ id: photoId, mime: 'image/jpeg', data: bytes }],
      });
      url = `/api/requests/${id}/photos/${photoId}`;
    });
    const get = (who?: string, headers: Record<string, string> = {}) =>
      s.app.inject({ url, headers: { ...(who ? auth(t[who]!) : {}), ...headers } });

    it('are served from the database to those who may read the request, with caching headers', async () => {
      for (const who of ['member', 'staff', 'organizer', 'admin']) {
        const res = await get(who);
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('image/jpeg');
        expect(res.rawPayload.toString('base64')).toBe(bytes);
        expect(res.headers['cache-control']).toBe('private, max-age=31536000, immutable');
        expect(res.headers.etag).toBeTruthy();
      }
      const etag = String((await get('member')).headers.etag);
      const again = await get('member', { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload.length).toBe(0);
    });

    it('survive a backup and restore byte for byte (they live in the database, not on disk)', async () => {
      await restore(s.db, await backup(s.db));
      const res = await get('member');
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.toString('base64')).toBe(bytes);
    });

    it('are not readable by anyone else', async () => {
      for (const who of ['member2', 'outsider', 'finance']) {
        const res = await get(who);
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
      expect((await get()).statusCode).toBe(401);
      const bad = await s.app.inject({
        url: '/api/requests/nope/photos/nope',
        headers: auth(t.member!),
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('invalid_request');
    });
  });

  it('the demo seed gives the staff queue requests of their groups in several states', async () => {
    const seen = await requestsSeenBy('staff');
    const seeded = seen.filter((r) => r.title !== '合同审查');
    expect(seeded.every((r) => ['legal', 'talent'].includes(r.category))).toBe(true);
    expect(new Set(seeded.map((r) => r.status))).toEqual(
      new Set(['submitted', 'accepted', 'in_progress', 'resolved', 'rejected']),
    );
  });
});
