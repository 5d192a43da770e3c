import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { push } from './sync-helpers.ts';
import { countRows, pushOne, seededEvents, type EventInfo } from './events-helpers.ts';
import { checkinCode, windowAt } from '../../src/shared/checkin-code.ts';
import { signCard } from '../../src/server/auth/card.ts';
import { uuidv7 } from '../../src/shared/ids.ts';

describe('party-day check-in (docs/sync-protocol.md "Check-in codes")', () => {
  let s: TestServer;
  const t: Record<string, string> = {};
  let ev: Awaited<ReturnType<typeof seededEvents>>;

  beforeAll(async () => {
    s = await startServer();
    for (const l of ['member', 'member2', 'outsider', 'organizer', 'staff'])
      t[l] = await s.login(l);
    ev = await seededEvents(s);
  });
  afterAll(() => s.close());

  const checkins = (eventId: string, userId: string) =>
    countRows(s, 'event_checkins', 'event_id = $1 AND user_id = $2', [eventId, userId]);
  const codeArgs = async (e: EventInfo, window: number, codeWindow = window) => ({
    eventId: e.id,
    window,
    code: await checkinCode(e.secret, codeWindow),
  });

  it('accepts the code of the current window once; replays and second check-ins add no row', async () => {
    const w = windowAt(Date.now());
    const args = await codeArgs(ev.live, w);
    const clientId = uuidv7();
    const first = await push(s, t.member!, clientId, [{ seq: 1, name: 'event.checkin', args }]);
    expect(first.body.results[0]).toEqual({ seq: 1, status: 'applied' });
    expect(await checkins(ev.live.id, s.ids.users.member)).toBe(1);

    // the same push again (lost response): duplicate
    const again = await push(s, t.member!, clientId, [{ seq: 1, name: 'event.checkin', args }]);
    expect(again.body.results[0]!.status).toBe('duplicate');
    // the same mutation from a new clientId (push rule 8), and a later second check-in: applied, no row
    expect((await pushOne(s, t.member!, 'event.checkin', args)).status).toBe('applied');
    const later = await codeArgs(ev.live, w + 1);
    expect((await pushOne(s, t.member!, 'event.checkin', later)).status).toBe('applied');
    expect(await checkins(ev.live.id, s.ids.users.member)).toBe(1);
    const [row] = await s.db.query<{ method: string; code_window: number }>(
      'SELECT method, code_window FROM event_checkins WHERE event_id = $1 AND user_id = $2',
      [ev.live.id, s.ids.users.member],
    );
    expect(row).toEqual({ method: 'code', code_window: w });
  });

  it('accepts the code of the window before (typing time), not older ones', async () => {
    const w = windowAt(Date.now());
    const expired = await codeArgs(ev.live, w, w - 2);
    const r = await pushOne(s, t.member2!, 'event.checkin', expired);
    expect(r).toMatchObject({ status: 'rejected', code: 'bad_code' });
    expect(await checkins(ev.live.id, s.ids.users.member2)).toBe(0);

    const typedLate = await codeArgs(ev.live, w, w - 1);
    expect((await pushOne(s, t.member2!, 'event.checkin', typedLate)).status).toBe('applied');
    expect(await checkins(ev.live.id, s.ids.users.member2)).toBe(1);
  });

  it('refuses a wrong code with bad_code and stores nothing', async () => {
    const w = windowAt(Date.now());
    const valid = [await checkinCode(ev.live.secret, w), await checkinCode(ev.live.secret, w - 1)];
    // a code for another party day, or a near miss of the right one
    const candidates = [
      await checkinCode(ev.next.secret, w),
      String((Number(valid[0]) + 1) % 1_000_000).padStart(6, '0'),
    ].filter((c) => !valid.includes(c));
    const member3 = await makeMember(s, 'member3');
    for (const code of candidates) {
      const r = await pushOne(s, member3.token, 'event.checkin', {
        eventId: ev.live.id,
        window: w,
        code,
      });
      expect(r).toMatchObject({ status: 'rejected', code: 'bad_code' });
    }
    expect(await checkins(ev.live.id, member3.id)).toBe(0);
  });

  it('staff outside the branch cannot see its party day to check in', async () => {
    const r = await pushOne(
      s,
      t.staff!,
      'event.checkin',
      await codeArgs(ev.live, windowAt(Date.now())),
    );
    expect(r).toMatchObject({ status: 'rejected', code: 'not_found' });
  });

  it('opens 30 minutes before the start and closes 30 minutes after the end (outside_window)', async () => {
    const member4 = await makeMember(s, 'member4');
    const at = (ms: number) => windowAt(ms);
    const start = ev.next.starts_at.getTime();
    // early: the current window for next month's party day, and a window 31 minutes before it
    for (const w of [at(Date.now()), at(start - 31 * 60_000)]) {
      const r = await pushOne(s, member4.token, 'event.checkin', await codeArgs(ev.next, w));
      expect(r).toMatchObject({ status: 'rejected', code: 'outside_window' });
    }
    // late: 31 minutes after the end of the past party day, and now
    const pastEnd = ev.past.ends_at.getTime();
    for (const w of [at(pastEnd + 31 * 60_000), at(Date.now())]) {
      const r = await pushOne(s, member4.token, 'event.checkin', await codeArgs(ev.past, w));
      expect(r).toMatchObject({ status: 'rejected', code: 'outside_window' });
    }
    expect(await countRows(s, 'event_checkins', 'user_id = $1', [member4.id])).toBe(0);
    // a phone that checked in offline within the time syncs later: the code's window decides
    const offline = await codeArgs(ev.past, at(pastEnd + 29 * 60_000));
    expect((await pushOne(s, member4.token, 'event.checkin', offline)).status).toBe('applied');
    const early = await codeArgs(ev.next, at(start - 29 * 60_000));
    expect((await pushOne(s, member4.token, 'event.checkin', early)).status).toBe('applied');
    expect(await countRows(s, 'event_checkins', 'user_id = $1', [member4.id])).toBe(2);
  });

  it('members of another branch cannot check in to this branch’s party day', async () => {
    const r = await pushOne(
      s,
      t.outsider!,
      'event.checkin',
      await codeArgs(ev.live, windowAt(Date.now())),
    );
    expect(r).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect(await checkins(ev.live.id, s.ids.users.outsider)).toBe(0);
  });

  it('an organizer checks a member in by card: signed, naming that member, once', async () => {
    const member5 = await makeMember(s, 'member5');
    const card = signCard(s.ctx.cardSecret, member5.id).token;
    const other = signCard(s.ctx.cardSecret, s.ids.users.member2).token;
    const forged = signCard('x'.repeat(64), member5.id).token;
    const [payload] = card.split('.');
    const tampered = `${Buffer.from(JSON.stringify({ u: s.ids.users.outsider, e: 4e9 })).toString('base64url')}.${card.split('.')[1]}`;
    for (const cardToken of [other, forged, tampered, `${payload}.AAAA`]) {
      const r = await pushOne(s, t.organizer!, 'event.checkin_member', {
        eventId: ev.live.id,
        memberId: member5.id,
        cardToken,
      });
      expect(r).toMatchObject({ status: 'rejected', code: 'bad_card' });
    }
    expect(await checkins(ev.live.id, member5.id)).toBe(0);
    // a member cannot record someone else's card
    const byMember = await pushOne(s, t.member!, 'event.checkin_member', {
      eventId: ev.live.id,
      memberId: member5.id,
      cardToken: card,
    });
    expect(byMember).toMatchObject({ status: 'rejected', code: 'forbidden' });
    const args = { eventId: ev.live.id, memberId: member5.id, cardToken: card };
    expect((await pushOne(s, t.organizer!, 'event.checkin_member', args)).status).toBe('applied');
    expect((await pushOne(s, t.organizer!, 'event.checkin_member', args)).status).toBe('applied');
    expect(await checkins(ev.live.id, member5.id)).toBe(1);
    // a valid card of a member from another branch does not belong at this party day
    const outsiderCard = signCard(s.ctx.cardSecret, s.ids.users.outsider).token;
    const r = await pushOne(s, t.organizer!, 'event.checkin_member', {
      eventId: ev.live.id,
      memberId: s.ids.users.outsider,
      cardToken: outsiderCard,
    });
    expect(r).toMatchObject({ status: 'rejected', code: 'not_found' });
  });

  it('an organizer checks a member in by hand; members may not', async () => {
    const member6 = await makeMember(s, 'member6');
    const args = { eventId: ev.live.id, memberId: member6.id };
    expect(await pushOne(s, t.member!, 'event.checkin_manual', args)).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect((await pushOne(s, t.organizer!, 'event.checkin_manual', args)).status).toBe('applied');
    expect((await pushOne(s, t.organizer!, 'event.checkin_manual', args)).status).toBe('applied');
    expect(await checkins(ev.live.id, member6.id)).toBe(1);
    // not before the doors open
    const early = await pushOne(s, t.organizer!, 'event.checkin_manual', {
      eventId: ev.next.id,
      memberId: member6.id,
    });
    expect(early).toMatchObject({ status: 'rejected', code: 'outside_window' });
  });

  it('check-in is for the member role: a staff-only user of the branch checks in neither way', async () => {
    const clerk = await makeMember(s, 'clerk', ['staff']);
    const w = windowAt(Date.now());
    expect(
      await pushOne(s, clerk.token, 'event.checkin', await codeArgs(ev.live, w)),
    ).toMatchObject({ status: 'rejected', code: 'forbidden' });
    // the organizer's desk lists members only (as the attendance sheet): not one of them
    expect(
      await pushOne(s, t.organizer!, 'event.checkin_manual', {
        eventId: ev.live.id,
        memberId: clerk.id,
      }),
    ).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect(
      await pushOne(s, t.organizer!, 'event.checkin_member', {
        eventId: ev.live.id,
        memberId: clerk.id,
        cardToken: signCard(s.ctx.cardSecret, clerk.id).token,
      }),
    ).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect(await checkins(ev.live.id, clerk.id)).toBe(0);
    expect(await countRows(s, 'points_entries', 'user_id = $1', [clerk.id])).toBe(0);
  });
});

/** A new member of branch A (or a user of branch A with other roles), signed in. */
async function makeMember(s: TestServer, login: string, roles = ['member']) {
  const { createUser } = await import('../../src/server/accounts/users.ts');
  const id = await s.db.tx((tx) =>
    createUser(tx, {
      login,
      name: `测试${login}`,
      password: 'lianxin-demo',
      roles,
      orgId: s.ids.branchA,
    }),
  );
  return { id, token: await s.login(login) };
}
