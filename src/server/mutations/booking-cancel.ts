import { defineMutation, Reject } from './types.ts';
import { one } from './records.ts';
import { emitBooking } from './booking-data.ts';

export default defineMutation({
  name: 'booking.cancel',
  async authorize({ tx, viewer }, args) {
    const b = await one<{ user_id: string }>(tx, 'SELECT user_id FROM bookings WHERE id = $1', [
      args.bookingId,
    ]);
    if (!b) throw new Reject('not_found', 'This booking does not exist.');
    if (b.user_id !== viewer.id)
      throw new Reject('forbidden', 'Only its booker can cancel a booking.');
  },
  async apply({ tx, now }, args) {
    const rows = await tx.query(
      `UPDATE bookings SET status = 'cancelled', updated_at = $2 WHERE id = $1 AND status = 'booked' RETURNING id`,
      [args.bookingId, now],
    );
    if (rows.length) await emitBooking(tx, args.bookingId);
  },
});
