import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { dataOf, pullAll, push, slot, venueIds, type M } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import type { PullResponse } from '../../src/shared/protocol.ts';
import type { NoticeRecord } from '../../src/shared/notices/records.ts';
import { addNoticeTransport, type CommittedNotice } from '../../src/server/notices/deliver.ts';

/** The inbox (docs/notices.md): publishing, the server's own notices, read marks and choices. */
describe('notices', () => {
  let s: TestServer;
  const t: Record<string, string> = {};
  const clients: Record<string, { id: string; seq: number; cursor?: string }> = {};
  const delivered: { notice: CommittedNotice; userIds: string[] }[] = [];

  const send = async (who: string, name: string, args: unknown) => {
    const c = (clients[who] ??= { id: uuidv7(), seq: 0 });
    const m: M = { seq: ++c.seq, name, args };
    const r = await push(s, t[who]!, c.id, [m]);
    expect(r.status).toBe(200);
    return r.body.results[0]!;
  };
  /** Every notice the user pulls from the beginning, by id. */
  const notices = async (who: string) => {
    const { changes } = await pullAll(s, t[who]!, uuidv7());
    return new Map(
      changes
        .filter((c) => c.type === 'notice' && c.op === 'put')
        .map((c) => [c.id, dataOf<NoticeRecord>(c)!]),
    );
  };
  const ofType = (changes: PullResponse['changes'], type: string) =>
    changes.flatMap((c) => (c.type === type && c.op === 'put' ? [c.data] : []));

  beforeAll(async () => {
    s = await startServer();
    addNoticeTransport(s.db, async (notice, userIds) => {
      delivered.push({ notice, userIds });
    });
    for (const l of ['member', 'member2', 'outsider', 'organizer', 'staff', 'admin'])
      t[l] = await s.login(l);
  });
  afterAll(() => s?.close());

  /** Delivery runs after the commit, beside the push's answer (on PostgreSQL often after it). */
  const deliveredOf = (id: string) =>
    vi.waitFor(() => {
      const d = delivered.find((x) => x.notice.id === id);
      if (!d) throw new Error(`notice ${id} not delivered yet`);
      return d;
    });

  it('a notice published at branch A reaches its members, not branch B, and is delivered after commit', async () => {
    const id = uuidv7();
    const r = await send('organizer', 'notice.publish', {
      id,
      orgId: s.ids.branchA,
      title: '支部会议通知',
      body: '周五下午三点\n三楼会议室',
      kind: 'announcement',
    });
    expect(r.status).toBe('applied');
    const got = (await notices('member')).get(id);
    expect(got).toMatchObject({
      orgId: s.ids.branchA,
      kind: 'announcement',
      title: '支部会议通知',
      body: '周五下午三点\n三楼会议室',
      userId: s.ids.users.organizer,
      recipientId: null,
    });
    expect(got!.authorName).toBeTruthy();
    expect((await notices('outsider')).has(id)).toBe(false);
    const d = await deliveredOf(id);
    expect(d.userIds).toContain(s.ids.users.member);
    expect(d.userIds).not.toContain(s.ids.users.outsider);
    // the same publish again (a resent queue) changes nothing
    expect(
      (
        await send('organizer', 'notice.publish', {
          id,
          orgId: s.ids.branchA,
          title: '改了',
          body: '',
          kind: 'policy',
        })
      ).status,
    ).toBe('applied');
    expect((await notices('member')).get(id)?.title).toBe('支部会议通知');
  });

  it('a refused publish makes nothing and delivers nothing', async () => {
    const refused = uuidv7();
    const r = await send('organizer', 'notice.publish', {
      id: refused,
      orgId: s.ids.park,
      title: '越级发布',
      body: '',
      kind: 'announcement',
    });
    expect(r).toMatchObject({ status: 'rejected', code: 'forbidden' });
    // a later notice's delivery has arrived; the refused one's never does
    const later = uuidv7();
    await send('organizer', 'notice.publish', {
      id: later,
      orgId: s.ids.branchA,
      title: '之后的通知',
      body: '',
      kind: 'announcement',
    });
    await deliveredOf(later);
    expect(delivered.some((x) => x.notice.id === refused)).toBe(false);
  });

  it('a request moved or commented by staff tells the requester, in the same commit', async () => {
    const requestId = uuidv7();
    await send('member', 'request.create', {
      id: requestId,
      category: 'legal',
      title: '劳动合同咨询',
      body: '试用期相关问题。',
    });
    expect(
      await send('staff', 'request.transition', { requestId, to: 'accepted', note: '已安排律师' }),
    ).toMatchObject({ status: 'applied' });
    await send('staff', 'request.comment', { id: uuidv7(), requestId, body: '请带上合同原件。' });
    const mine = [...(await notices('member')).values()].filter((n) => n.target?.id === requestId);
    expect(mine.map((n) => [n.kind, n.detail, n.body]).sort()).toEqual(
      [
        ['request', 'accepted', '已安排律师'],
        ['request', 'comment', '请带上合同原件。'],
      ].sort(),
    );
    expect(mine.every((n) => n.recipientId === s.ids.users.member && n.orgId === null)).toBe(true);
    // private to the requester: not even their organizer pulls it
    const ids = new Set(mine.map((n) => n.id));
    expect([...(await notices('organizer')).keys()].some((k) => ids.has(k))).toBe(false);
    // the requester's own step (cancel) makes no notice
    await send('member', 'request.cancel', { requestId });
    const after = [...(await notices('member')).values()].filter((n) => n.target?.id === requestId);
    expect(after).toHaveLength(2);
  });

  it('a booking refused for a taken slot tells the booker', async () => {
    const [venueId] = await venueIds(s);
    const when = slot(9, 3);
    await send('member2', 'booking.create', {
      id: uuidv7(),
      venueId,
      ...when,
      purpose: '支部学习',
    });
    const r = await send('member', 'booking.create', {
      id: uuidv7(),
      venueId,
      ...when,
      purpose: '小组讨论',
    });
    expect(r).toMatchObject({ status: 'rejected', code: 'slot_taken' });
    // (the demo already holds one refused booking of member's)
    const refused = [...(await notices('member')).values()].find(
      (n) => n.kind === 'booking' && n.body === when.start,
    );
    expect(refused).toMatchObject({
      detail: 'slot_taken',
      body: when.start,
      target: { type: 'venue', id: venueId },
    });
  });

  it('a join request tells the organizers of its branch, not its members', async () => {
    const inviteId = uuidv7();
    await send('organizer', 'invite.create', {
      id: inviteId,
      orgId: s.ids.branchA,
      expiresAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
    });
    const [row] = await s.db.query<{ code: string }>('SELECT code FROM invites WHERE id = $1', [
      inviteId,
    ]);
    const code = row!.code;
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { code, name: '新同志甲', phone: '13912345678', standing: 'full' },
    });
    expect(res.statusCode).toBe(202);
    const find = async (who: string) =>
      [...(await notices(who)).values()].find(
        (n) => n.kind === 'join_request' && n.title === '新同志甲',
      );
    expect(await find('organizer')).toMatchObject({
      orgId: s.ids.branchA,
      target: { type: 'join_request' },
    });
    expect(await find('admin')).toBeTruthy();
    expect(await find('member')).toBeUndefined();
  });

  it('read marks are shared across devices and idempotent; unseen ids are not_found', async () => {
    const id = uuidv7();
    await send('admin', 'notice.publish', {
      id,
      orgId: s.ids.park,
      title: '园区通知',
      body: '',
      kind: 'policy',
    });
    expect(await send('member', 'notice.read', { noticeIds: [id] })).toMatchObject({
      status: 'applied',
    });
    // a second device of the same member: a fresh pull shows the mark
    const { changes } = await pullAll(s, t.member!, uuidv7());
    const marks = ofType(changes, 'notice_read').filter((d) => d.noticeId === id);
    expect(marks).toHaveLength(1);
    // marking again adds nothing
    await send('member', 'notice.read', { noticeIds: [id] });
    const again = ofType((await pullAll(s, t.member!, uuidv7())).changes, 'notice_read');
    expect(again.filter((d) => d.noticeId === id)).toHaveLength(1);
    // another user's marks are not pulled
    const theirs = ofType((await pullAll(s, t.member2!, uuidv7())).changes, 'notice_read');
    expect(theirs.some((d) => d.noticeId === id)).toBe(false);
    // a branch A notice is not the outsider's to mark
    const mineA = [...(await notices('member')).values()].find((n) => n.orgId === s.ids.branchA);
    expect(await send('outsider', 'notice.read', { noticeIds: [mineA!.id] })).toMatchObject({
      status: 'rejected',
      code: 'not_found',
    });
  });

  it('the choice per kind is one record per user, last one wins, and delivery leaves muted kinds out', async () => {
    await send('member', 'notice.prefs', { muted: ['study', 'activity'] });
    await send('member', 'notice.prefs', { muted: ['study'] });
    const prefs = ofType((await pullAll(s, t.member!, uuidv7())).changes, 'notice_prefs');
    expect(prefs).toEqual([
      expect.objectContaining({ userId: s.ids.users.member, muted: ['study'] }),
    ]);
    const id = uuidv7();
    await send('organizer', 'notice.publish', {
      id,
      orgId: s.ids.branchA,
      title: '学习资料',
      body: '',
      kind: 'study',
    });
    const d = await deliveredOf(id);
    expect(d.userIds).not.toContain(s.ids.users.member);
    expect(d.userIds).toContain(s.ids.users.organizer);
  });
});
