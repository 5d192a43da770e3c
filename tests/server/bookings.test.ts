import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { pullAll, push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { addDays, fromLocal, toLocal } from '../../src/shared/venue-hours.ts';

/** A slot on the local (China Standard Time) day `daysAhead` from now, from `from` to `to` o'clock. */
const local = (daysAhead: number, from: number, to = from + 1) => {
  const day = addDays(toLocal(new Date()).date, daysAhead);
  return {
    start: fromLocal(day, from * 60).toISOString(),
    end: fromLocal(day, to * 60).toISOString(),
  };
};

describe('venue bookings', () => {
  let s: TestServer;
  const t: Record<string, string> = {};
  let room: string; // 红色会客厅, open 08:00–22:00
  let pitch: string; // 创客路演室, open 09:00–21:00

  beforeAll(async () => {
    s = await startServer();
    for (const l of ['member', 'member2', 'outsider', 'organizer', 'admin', 'staff'])
      t[l] = await s.login(l);
    const venues = await s.db.query<{ id: string; name: string }>('SELECT id, name FROM venues');
    room = venues.find((v) => v.name.includes('红色会客厅'))!.id;
    pitch = venues.find((v) => v.name.includes('路演室'))!.id;
  });
  afterAll(() => s.close());

  const run = async (who: string, name: string, args: unknown) => {
    const res = await push(s, t[who]!, uuidv7(), [{ seq: 1, name, args }]);
    expect(res.status).toBe(200);
    return res.body.results[0]!;
  };
  const book = (
    who: string,
    venueId: string,
    time: { start: string; end: string },
    id = uuidv7(),
  ) => run(who, 'booking.create', { id, venueId, ...time, purpose: '支部组织生活会' });
  const booked = async (venueId: string) =>
    (
      await s.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM bookings WHERE venue_id = $1 AND status = 'booked'`,
        [venueId],
      )
    )[0]!.n;

  it('two members booking the same slot offline: exactly one booking survives, the other hears slot_taken', async () => {
    const time = local(3, 14);
    const before = await booked(room);
    // Both phones queued their booking offline; the pushes arrive together.
    const [a, b] = await Promise.all([
      push(s, t.member!, uuidv7(), [
        {
          seq: 1,
          name: 'booking.create',
          args: { id: uuidv7(), venueId: room, ...time, purpose: '读书会' },
        },
      ]),
      push(s, t.member2!, uuidv7(), [
        {
          seq: 1,
          name: 'booking.create',
          args: { id: uuidv7(), venueId: room, ...time, purpose: '路演彩排' },
        },
      ]),
    ]);
    const results = [a.body.results[0]!, b.body.results[0]!];
    expect(results.map((r) => r.status).sort()).toEqual(['applied', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ code: 'slot_taken' });
    expect(await booked(room)).toBe(before + 1);
  });

  it('many members racing for one slot: still exactly one', async () => {
    const time = local(4, 10);
    const tokens = [t.member!, t.member2!, t.outsider!, t.organizer!];
    const res = await Promise.all(
      tokens.map((tok) =>
        push(s, tok, uuidv7(), [
          {
            seq: 1,
            name: 'booking.create',
            args: { id: uuidv7(), venueId: pitch, ...time, purpose: '路演' },
          },
        ]),
      ),
    );
    expect(res.filter((r) => r.body.results[0]!.status === 'applied')).toHaveLength(1);
    expect(await booked(pitch)).toBe(1);
  });

  it('overlapping times are slot_taken; touching ones are fine', async () => {
    expect((await book('member', room, local(5, 9, 11))).status).toBe('applied');
    expect(await book('member2', room, local(5, 10, 12))).toMatchObject({ code: 'slot_taken' });
    expect(await book('member2', room, local(5, 8, 10))).toMatchObject({ code: 'slot_taken' });
    expect(await book('member2', room, local(5, 9.5, 10))).toMatchObject({ code: 'slot_taken' });
    expect((await book('member2', room, local(5, 11, 12))).status).toBe('applied');
    expect((await book('member2', room, local(5, 8, 9))).status).toBe('applied');
    // another room at the same time is free
    expect((await book('member2', pitch, local(5, 10, 11))).status).toBe('applied');
  });

  it('reversed, past, too long and out-of-hours times are refused and store nothing', async () => {
    const before = await booked(room);
    const reversed = local(6, 12);
    const cases: [{ start: string; end: string }, RegExp][] = [
      [{ start: reversed.end, end: reversed.start }, /after the start/],
      [{ start: reversed.start, end: reversed.start }, /after the start/],
      [local(-2, 10), /passed/],
      [local(6, 6, 9), /open 08:00–22:00/],
      [local(6, 21, 23), /open 08:00–22:00/],
      [{ start: local(6, 20).start, end: local(7, 9).start }, /hours|same day/],
    ];
    for (const [time, message] of cases) {
      const r = await book('member', room, time);
      expect(r).toMatchObject({ status: 'rejected', code: 'invalid_request' });
      expect(r.status === 'rejected' && r.message).toMatch(message);
    }
    // the roadshow room opens later than the meeting room
    expect(await book('member', pitch, local(6, 8, 10))).toMatchObject({ code: 'invalid_request' });
    expect(await booked(room)).toBe(before);
  });

  it('a booker cancels their own booking and the slot is free again; nobody else can cancel it', async () => {
    const id = uuidv7();
    const time = local(8, 15);
    await book('member', room, time, id);
    expect(await run('member2', 'booking.cancel', { bookingId: id })).toMatchObject({
      code: 'forbidden',
    });
    expect(await run('organizer', 'booking.cancel', { bookingId: id })).toMatchObject({
      code: 'forbidden',
    });
    expect((await run('member', 'booking.cancel', { bookingId: id })).status).toBe('applied');
    expect((await book('member2', room, time)).status).toBe('applied');
  });

  it('booking is for the member role: staff see the park’s rooms but may not book them', async () => {
    const before = await booked(room);
    const time = local(9, 10);
    expect(await book('staff', room, time)).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    // the admin (district) is above the park: its rooms are not open to the admin at all
    expect(await book('admin', room, time)).toMatchObject({
      status: 'rejected',
      code: 'not_found',
    });
    expect(await booked(room)).toBe(before);
    // the organizer is also a member of branch A, and books like one
    expect((await book('organizer', room, time)).status).toBe('applied');
  });

  describe('venue.save (organizers manage venues offline)', () => {
    const venue = (extra: Record<string, unknown> = {}) => ({
      id: uuidv7(),
      orgId: s.ids.branchA,
      name: '支部小会议室',
      capacity: 12,
      location: 'A 座 5 层 502',
      opensAt: '09:00',
      closesAt: '18:00',
      active: true,
      ...extra,
    });
    const venuesSeenBy = async (who: string) => {
      const { changes } = await pullAll(s, t[who]!, uuidv7());
      return new Map(
        changes
          .filter((c) => c.type === 'venue' && c.op === 'put')
          .map((c) => [c.id, c.op === 'put' ? c.data : {}]),
      );
    };

    it('an organizer adds a venue for their branch; members there see it, others do not', async () => {
      const v = venue();
      expect((await run('organizer', 'venue.save', v)).status).toBe('applied');
      expect((await venuesSeenBy('member')).get(v.id)).toMatchObject({
        name: '支部小会议室',
        opensAt: '09:00',
        closesAt: '18:00',
        capacity: 12,
      });
      expect((await venuesSeenBy('outsider')).has(v.id)).toBe(false);
      // its hours apply to bookings at once
      expect(await book('member', v.id, local(2, 18, 19))).toMatchObject({
        code: 'invalid_request',
      });
      expect((await book('member', v.id, local(2, 9, 10))).status).toBe('applied');
    });

    it('edits and closes a venue; a closed venue leaves every phone and takes no bookings', async () => {
      const v = venue();
      await run('organizer', 'venue.save', v);
      const client = uuidv7();
      const first = await pullAll(s, t.member!, client);
      await run('organizer', 'venue.save', { ...v, name: '支部小会议室（已翻新）', capacity: 16 });
      const edited = await pullAll(s, t.member!, client, first.last.cursor);
      expect(edited.changes).toMatchObject([
        {
          type: 'venue',
          op: 'put',
          id: v.id,
          data: { name: '支部小会议室（已翻新）', capacity: 16 },
        },
      ]);
      await run('organizer', 'venue.save', { ...v, active: false });
      const closed = await pullAll(s, t.member!, client, edited.last.cursor);
      expect(closed.changes).toEqual([{ type: 'venue', op: 'del', id: v.id }]);
      expect(await book('member', v.id, local(2, 10))).toMatchObject({ code: 'not_found' });
    });

    it('refuses members, other orgs and bad hours, storing nothing', async () => {
      const count = async () =>
        (await s.db.query<{ n: number }>('SELECT count(*)::int AS n FROM venues'))[0]!.n;
      const before = await count();
      expect(await run('member', 'venue.save', venue())).toMatchObject({ code: 'forbidden' });
      expect(await run('staff', 'venue.save', venue())).toMatchObject({ code: 'forbidden' });
      // the branch organizer does not manage the park's rooms
      expect(await run('organizer', 'venue.save', venue({ orgId: s.ids.park }))).toMatchObject({
        code: 'forbidden',
      });
      expect(await run('organizer', 'venue.save', venue({ id: room }))).toMatchObject({
        code: 'conflict',
      });
      expect(
        await run('organizer', 'venue.save', venue({ opensAt: '18:00', closesAt: '09:00' })),
      ).toMatchObject({ code: 'invalid_request' });
      expect(await run('organizer', 'venue.save', venue({ opensAt: '9am' }))).toMatchObject({
        code: 'invalid_request',
      });
      expect(await run('organizer', 'venue.save', venue({ name: ' ' }))).toMatchObject({
        code: 'invalid_request',
      });
      expect(await count()).toBe(before);
      // the district admin manages the park's rooms
      const [row] = await s.db.query<{ name: string; capacity: number; location: string }>(
        'SELECT name, capacity, location FROM venues WHERE id = $1',
        [room],
      );
      const edit = await run('admin', 'venue.save', {
        id: room,
        orgId: s.ids.park,
        name: row!.name,
        capacity: 40,
        location: row!.location,
        opensAt: '08:00',
        closesAt: '22:00',
        active: true,
      });
      expect(edit.status).toBe('applied');
    });

    it('never moves a room to another org, not even for the admin (no tombstone would follow it)', async () => {
      const v = venue({ orgId: s.ids.branchB });
      expect((await run('admin', 'venue.save', v)).status).toBe('applied');
      const client = uuidv7();
      const first = await pullAll(s, t.outsider!, client);
      expect(first.changes.some((c) => c.type === 'venue' && c.id === v.id)).toBe(true);
      const moved = await run('admin', 'venue.save', { ...v, orgId: s.ids.branchA });
      expect(moved).toMatchObject({ status: 'rejected', code: 'invalid_request' });
      const [row] = await s.db.query<{ org_id: string }>(
        'SELECT org_id FROM venues WHERE id = $1',
        [v.id],
      );
      expect(row!.org_id).toBe(s.ids.branchB);
      // branch B's phones keep a room that is still theirs; branch A never receives it
      expect((await pullAll(s, t.outsider!, client, first.last.cursor)).changes).toEqual([]);
      expect((await venuesSeenBy('member')).has(v.id)).toBe(false);
      // closing it is how it leaves branch B's phones
      expect((await run('admin', 'venue.save', { ...v, active: false })).status).toBe('applied');
      expect((await pullAll(s, t.outsider!, client, first.last.cursor)).changes).toEqual([
        { type: 'venue', op: 'del', id: v.id },
      ]);
    });
  });
});
