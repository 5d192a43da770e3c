import { defineMutation } from './types.ts';
import { managedEvent } from './event-data.ts';
import { recordOrganizerCheckin } from './event-checkin-data.ts';

/** An organizer ticks a member off the list by hand (a member with neither phone nor card). */
export default defineMutation({
  name: 'event.checkin_manual',
  async authorize({ tx, viewer }, args) {
    await managedEvent(tx, viewer, args.eventId);
  },
  async apply({ tx, viewer, now }, args) {
    const e = await managedEvent(tx, viewer, args.eventId);
    await recordOrganizerCheckin(tx, e, {
      memberId: args.memberId,
      method: 'manual',
      by: viewer.id,
      now,
    });
  },
});
