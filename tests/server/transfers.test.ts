import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, startServer, type TestServer } from './helpers.ts';
import { pull, pullAll, pullUntilReset } from './sync-helpers.ts';
import { applied, outcome, pulled } from './org-helpers.ts';
import { seededEvents } from './events-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { checkinCode, windowAt } from '../../src/shared/checkin-code.ts';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe('flowing members and transfers', () => {
  let s: TestServer;
  let organizer: string;
  let outsider: string;
  let member: string;
  let member2: string;
  let secretaryB: string;
  let admin: string;

  beforeAll(async () => {
    s = await startServer();
    organizer = await s.login('organizer');
    outsider = await s.login('outsider');
    member = await s.login('member');
    member2 = await s.login('member2');
    admin = await s.login('admin');
    const [b] = await s.db.query<{ login: string }>('SELECT login FROM users WHERE id = $1', [
      s.ids.secretaries.B,
    ]);
    secretaryB = await s.login(b!.login);
  });
  afterAll(() => s?.close());

  const eventsOf = async (token: string, orgId: string) =>
    [...(await pulled(s, token, 'event')).values()].filter((e) => e.orgId === orgId);

  it('a confirmed flowing member sees the host branch, checks in there, and the record can be exported', async () => {
    const id = uuidv7();
    const reg = {
      id,
      hostOrgId: s.ids.branchA,
      homeOrg: '成都市某区某街道党工委',
      since: '2026-01-01',
      until: null,
      contact: '13800001111',
    };
    // own branch, bad dates and a second registration are refused
    expect(await outcome(s, member, 'flowing.register', { ...reg, id: uuidv7() })).toBe(
      'invalid_request',
    );
    expect(
      await outcome(s, outsider, 'flowing.register', { ...reg, id: uuidv7(), until: '2025-12-31' }),
    ).toBe('invalid_request');
    expect(await outcome(s, admin, 'flowing.register', { ...reg, id: uuidv7() })).toBe('forbidden');
    await applied(s, outsider, 'flowing.register', reg);
    expect(await outcome(s, outsider, 'flowing.register', { ...reg, id: uuidv7() })).toBe(
      'conflict',
    );

    // pending: the host's organizer sees it, other members do not, and nothing of A is shown yet
    expect((await pulled(s, organizer, 'flowing')).get(id)).toMatchObject({ status: 'pending' });
    expect((await pulled(s, member, 'flowing')).size).toBe(0);
    expect(await eventsOf(outsider, s.ids.branchA)).toEqual([]);
    const clientId = uuidv7();
    const before = await pullAll(s, outsider, clientId);
    const { live } = await seededEvents(s);
    const w = windowAt(Date.now());
    const checkin = { eventId: live.id, window: w, code: await checkinCode(live.secret, w) };
    expect(await outcome(s, outsider, 'event.checkin', checkin)).toBe('not_found');

    // only the host's organizers confirm; the member may not confirm themself
    expect(
      await outcome(s, outsider, 'flowing.decide', { registrationId: id, decision: 'confirm' }),
    ).toBe('forbidden');
    expect(
      await outcome(s, secretaryB, 'flowing.decide', { registrationId: id, decision: 'confirm' }),
    ).toBe('not_found');
    await applied(s, organizer, 'flowing.decide', { registrationId: id, decision: 'confirm' });
    expect(
      await outcome(s, organizer, 'flowing.decide', { registrationId: id, decision: 'reject' }),
    ).toBe('invalid_transition');

    // what they see changed: the old cursor answers reset; the host's party days arrive
    const again = await pullUntilReset(s, outsider, clientId, before.last.cursor);
    expect(again.body.reset).toBe(true);
    expect((await eventsOf(outsider, s.ids.branchA)).length).toBeGreaterThan(0);
    await applied(s, outsider, 'event.checkin', checkin);
    // the host's organizers see the check-in, and the attendance list names the guest
    const [c] = await s.db.query<{ id: string }>(
      'SELECT id FROM event_checkins WHERE event_id = $1 AND user_id = $2',
      [live.id, s.ids.users.outsider],
    );
    expect((await pulled(s, organizer, 'checkin')).has(c!.id)).toBe(true);
    const csv = await s.app.inject({
      url: `/api/events/${live.id}/attendance.csv`,
      headers: auth(organizer),
    });
    expect(csv.body).toContain('赵楼宇');

    // the activity card, for the member and the host organizer, never for another member
    const card = await s.app.inject({
      url: `/api/flowing/${id}/activity`,
      headers: auth(outsider),
    });
    expect(card.statusCode).toBe(200);
    expect(card.json()).toMatchObject({ memberName: '赵楼宇', until: today() });
    expect(card.json().partyDays.map((p: { title: string }) => p.title)).toContain(live.title);
    const file = await s.app.inject({
      url: `/api/flowing/${id}/activity?format=csv`,
      headers: auth(organizer),
    });
    expect(file.headers['content-type']).toContain('text/csv');
    expect(file.body.startsWith('\uFEFF流动党员活动记录')).toBe(true);
    const other = await s.app.inject({ url: `/api/flowing/${id}/activity`, headers: auth(member) });
    expect(other.statusCode).toBe(404);

    // ending it takes the host branch away again
    const cursor = (await pullAll(s, outsider, clientId)).last.cursor;
    await applied(s, outsider, 'flowing.decide', { registrationId: id, decision: 'end' });
    expect((await pullUntilReset(s, outsider, clientId, cursor)).body.reset).toBe(true);
    expect(await eventsOf(outsider, s.ids.branchA)).toEqual([]);
    const audit = await s.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'flowing.register',
      'flowing.decide',
      'flowing.decide',
    ]);
  });

  it('a transfer inside the district goes step by step and moves the member when the receipt is in', async () => {
    const id = uuidv7();
    const base = {
      id,
      direction: 'internal',
      memberId: s.ids.users.member2,
      fromOrgId: s.ids.branchA,
      toOrgId: s.ids.branchB,
    };
    expect(await outcome(s, member, 'transfer.create', base)).toBe('forbidden');
    expect(
      await outcome(s, organizer, 'transfer.create', { ...base, id: uuidv7(), toOrgId: null }),
    ).toBe('invalid_request');
    await applied(s, organizer, 'transfer.create', base);
    expect(await outcome(s, organizer, 'transfer.create', { ...base, id: uuidv7() })).toBe(
      'conflict',
    );

    // both sides' organizers and the member see the case; other members do not
    for (const t of [organizer, secretaryB, member2, admin]) {
      expect((await pulled(s, t, 'transfer')).get(id)).toMatchObject({ stage: 'requested' });
    }
    for (const t of [member, outsider])
      expect((await pulled(s, t, 'transfer')).has(id)).toBe(false);

    const step = (to: string, extra: Record<string, unknown> = {}) => ({
      transferId: id,
      to,
      ...extra,
    });
    expect(await outcome(s, organizer, 'transfer.advance', step('letter_issued'))).toBe(
      'invalid_transition',
    );
    expect(await outcome(s, secretaryB, 'transfer.advance', step('approved'))).toBe('forbidden');
    expect(await outcome(s, member2, 'transfer.advance', step('approved'))).toBe('forbidden');
    await applied(s, organizer, 'transfer.advance', step('approved'));
    expect(await outcome(s, organizer, 'transfer.advance', step('letter_issued'))).toBe(
      'invalid_request',
    );
    await applied(
      s,
      organizer,
      'transfer.advance',
      step('letter_issued', { letterNo: '党组转字第018号' }),
    );
    expect(
      await outcome(
        s,
        organizer,
        'transfer.advance',
        step('accepted', { placedOrgId: s.ids.branchB }),
      ),
    ).toBe('forbidden');
    expect(
      await outcome(
        s,
        secretaryB,
        'transfer.advance',
        step('accepted', { placedOrgId: s.ids.branchA }),
      ),
    ).toBe('invalid_request');
    await applied(
      s,
      secretaryB,
      'transfer.advance',
      step('accepted', { placedOrgId: s.ids.branchB }),
    );

    const clientId = uuidv7();
    const before = await pullAll(s, member2, clientId);
    expect(await eventsOf(member2, s.ids.branchB)).toEqual([]);
    await applied(s, secretaryB, 'transfer.advance', step('completed'));
    const [u] = await s.db.query<{ org_id: string }>('SELECT org_id FROM users WHERE id = $1', [
      s.ids.users.member2,
    ]);
    expect(u!.org_id).toBe(s.ids.branchB);
    expect((await pullUntilReset(s, member2, clientId, before.last.cursor)).body.reset).toBe(true);
    expect((await eventsOf(member2, s.ids.branchB)).length).toBeGreaterThan(0);
    const rec = (await pulled(s, member2, 'transfer')).get(id)!;
    expect(rec).toMatchObject({ stage: 'completed', letterNo: '党组转字第018号' });
    expect((rec.steps as { stage: string }[]).map((x) => x.stage)).toEqual([
      'requested',
      'approved',
      'letter_issued',
      'accepted',
      'completed',
    ]);
    expect(await outcome(s, secretaryB, 'transfer.advance', step('cancelled'))).toBe(
      'invalid_transition',
    );
  });

  it('a transfer out of the district: the sending side records the other side’s steps', async () => {
    const id = uuidv7();
    await applied(s, organizer, 'transfer.create', {
      id,
      direction: 'out',
      memberId: s.ids.users.member,
      fromOrgId: s.ids.branchA,
      toText: '杭州市西湖区某园区党委',
    });
    await applied(s, organizer, 'transfer.advance', { transferId: id, to: 'approved' });
    await applied(s, organizer, 'transfer.advance', {
      transferId: id,
      to: 'letter_issued',
      letterNo: 'A-2026-03',
    });
    expect(
      await outcome(s, organizer, 'transfer.advance', {
        transferId: id,
        to: 'accepted',
        placedOrgId: s.ids.branchB,
      }),
    ).toBe('invalid_request');
    await applied(s, organizer, 'transfer.advance', { transferId: id, to: 'accepted' });
    await applied(s, organizer, 'transfer.advance', { transferId: id, to: 'cancelled' });
    const [u] = await s.db.query<{ org_id: string }>('SELECT org_id FROM users WHERE id = $1', [
      s.ids.users.member,
    ]);
    expect(u!.org_id).toBe(s.ids.branchA);
    const res = await pull(s, member, uuidv7());
    expect(res.body.changes.some((c) => c.type === 'transfer' && c.id === id)).toBe(true);
  });
});
