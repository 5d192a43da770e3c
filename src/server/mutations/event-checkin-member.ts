import { verifyCard } from '../auth/card.ts';
import { defineMutation, Reject } from './types.ts';
import { inEventOrg, managedEvent } from './event-data.ts';
import { assertOpen, recordCheckin } from './event-checkin-data.ts';
import { CHECKIN_MARGIN_MS } from './event-data.ts';

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
    if (!(await inEventOrg(tx, args.memberId, e.org_id))) {
      throw new Reject(
        'not_found',
        'This member does not belong to this party day’s organisation.',
      );
    }
    // The organizer's desk may sync late, so only a check-in before the doors open is refused.
    if (now.getTime() < e.starts_at.getTime() - CHECKIN_MARGIN_MS) {
      throw new Reject('outside_window', 'Check-in has not opened yet.');
    }
    await recordCheckin(tx, {
      eventId: e.id,
      userId: args.memberId,
      method: 'card',
      window: null,
      by: viewer.id,
      now,
    });
  },
});
