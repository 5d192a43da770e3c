import { checkinCode, WINDOW_SECONDS } from '../../shared/checkin-code.ts';
import { defineMutation, Reject } from './types.ts';
import { visibleEvent } from './event-data.ts';
import { requireMember } from './records.ts';
import { assertOpen, recordCheckin, withinCheckinTime } from './event-checkin-data.ts';

/**
 * A member checks in with the code shown at the venue (docs/sync-protocol.md "Check-in codes"). The moment is
 * the code's window, not the server clock: a phone that checked in offline syncs later and is
 * still accepted, and the code proves when it was read.
 */
export default defineMutation({
  name: 'event.checkin',
  async authorize({ tx, viewer }, args) {
    await visibleEvent(tx, viewer, args.eventId);
    requireMember(viewer, 'Only members check in to party days.');
  },
  async apply({ tx, viewer, now }, args) {
    const e = await visibleEvent(tx, viewer, args.eventId);
    assertOpen(e);
    // The window lies between 30 minutes before the start and 30 minutes after the end.
    if (!withinCheckinTime(e, args.window * WINDOW_SECONDS * 1000)) {
      throw new Reject('outside_window', 'Check-in is not open at this time for this party day.');
    }
    // The code matches the window, or the window before it (time to type).
    const valid = [
      await checkinCode(e.secret, args.window),
      await checkinCode(e.secret, args.window - 1),
    ];
    if (!valid.includes(args.code)) {
      throw new Reject('bad_code', 'This code is not right. Check the six digits on the screen.');
    }
    // Once per member: a second check-in is applied without a second row.
    await recordCheckin(tx, {
      eventId: e.id,
      userId: viewer.id,
      method: 'code',
      window: args.window,
      by: viewer.id,
      now,
    });
  },
});
