import { describe, expect, it } from 'vitest';
import { device, VENUE, world } from '../../sync/helpers.ts';
import { refusedBookings } from '../../../../src/features/bookings/use-venues.ts';
import { slotGrid } from '../../../../src/features/bookings/slot-grid.ts';
import { uuidv7 } from '../../../../src/shared/ids.ts';

describe('two phones book the same slot offline', () => {
  it('the later one hears slot_taken with the slot it wanted, and sees it as taken', async () => {
    const { server } = world();
    const alice = device(server);
    const bob = device(server);
    await alice.signIn('alice');
    await bob.signIn('bob');
    const slot = { start: '2025-03-03T02:00:00.000Z', end: '2025-03-03T03:00:00.000Z' }; // 10:00 in Beijing
    server.offline = true;
    const aliceBooking = uuidv7();
    const bobBooking = uuidv7();
    await alice.mutate('booking.create', {
      id: aliceBooking,
      venueId: VENUE,
      ...slot,
      purpose: '读书会',
    });
    await bob.mutate('booking.create', {
      id: bobBooking,
      venueId: VENUE,
      ...slot,
      purpose: '路演',
    });
    // While offline each phone shows its own booking at once.
    expect(await bob.db.bookings.get(bobBooking)).toMatchObject({ pending: true });
    server.offline = false;
    await alice.engine.sync();
    await bob.engine.sync();

    expect(await refusedBookings(alice.db)).toEqual([]);
    const refused = await refusedBookings(bob.db);
    expect(refused).toMatchObject([{ code: 'slot_taken', venueId: VENUE, ...slot }]);
    // Bob's optimistic booking is gone; the slot is held by someone else.
    expect(await bob.db.bookings.get(bobBooking)).toBeUndefined();
    const grid = slotGrid({
      date: '2025-03-03',
      opensAt: '09:00',
      closesAt: '12:00',
      taken: await bob.db.slots.where('venueId').equals(VENUE).toArray(),
      mine: new Set((await bob.db.bookings.toArray()).map((b) => b.id)),
      now: new Date('2025-03-01T00:00:00Z'),
    });
    expect(grid.map((s) => [s.label, s.state])).toEqual([
      ['09:00', 'free'],
      ['10:00', 'taken'],
      ['11:00', 'free'],
    ]);
  });
});
