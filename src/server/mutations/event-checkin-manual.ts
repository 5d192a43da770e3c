import { defineMutation, Reject } from './types.ts';
import { CHECKIN_MARGIN_MS, inEventOrg, managedEvent } from './event-data.ts';
import { assertOpen, recordCheckin } from './event-checkin-data.ts';

/** An organizer ticks a member off the list by hand (a member with neither phone nor card). */
export default defineMutation({
  name: 'event.checkin_manual',
  async authorize({ tx, viewer }, args) {
    await managedEvent(tx, viewer, args.eventId);
  },
  async apply({ tx, viewer, now }, args) {
    const e = await managedEvent(tx, viewer, args.eventId);
    assertOpen(e);
    if (!(await inEventOrg(tx, args.memberId, e.org_id))) {
      throw new Reject(
        'not_found',
        'This member does not belong to this party day’s organisation.',
      );
    }
    if (now.getTime() < e.starts_at.getTime() - CHECKIN_MARGIN_MS) {
      throw new Reject('outside_window', 'Check-in has not opened yet.');
    }
    await recordCheckin(tx, {
      eventId: e.id,
      userId: args.memberId,
      method: 'manual',
      window: null,
      by: viewer.id,
      now,
    });
  },
});
