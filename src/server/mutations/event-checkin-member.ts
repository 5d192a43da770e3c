import { verifyCard } from '../auth/card.ts';
import { defineMutation, Reject } from './types.ts';
import { managedEvent } from './event-data.ts';
import { assertOpen, recordOrganizerCheckin } from './event-checkin-data.ts';

/**
 * An organizer scanned a member's card (members without a phone). The card is signed by the server
 * and names its member, so it can be neither forged nor used to check in someone else.
 */
export default defineMutation({
  name: 'event.checkin_member',
  async authorize({ tx, viewer }, args) {
    await managedEvent(tx, viewer, args.eventId);
  },
  async apply({ tx, viewer, now, cardSecret }, args) {
    const e = await managedEvent(tx, viewer, args.eventId);
    assertOpen(e);
    if (verifyCard(cardSecret, args.cardToken, now.getTime()) !== args.memberId) {
      throw new Reject('bad_card', 'This member card is not valid for this member.');
    }
    await recordOrganizerCheckin(tx, e, {
      memberId: args.memberId,
      method: 'card',
      by: viewer.id,
      now,
    });
  },
});
