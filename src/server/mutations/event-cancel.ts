import { defineMutation } from './types.ts';
import { emitEvent, managedEvent } from './event-data.ts';

/** Cancels a party day (organizer). It stays visible as cancelled; its secret is withdrawn. */
export default defineMutation({
  name: 'event.cancel',
  async authorize({ tx, viewer }, args) {
    await managedEvent(tx, viewer, args.eventId);
  },
  async apply({ tx, now }, args) {
    const rows = await tx.query(
      `UPDATE events SET status = 'cancelled', updated_at = $2
        WHERE id = $1 AND status = 'scheduled' RETURNING id`,
      [args.eventId, now],
    );
    if (rows.length) await emitEvent(tx, args.eventId);
  },
});
