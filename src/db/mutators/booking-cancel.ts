import type { Mutator } from './types.ts';

export const bookingCancel: Mutator<'booking.cancel'> = async (tx, args, { user, now }) => {
  const booking = await tx.get('bookings', args.bookingId);
  if (!booking || booking.userId !== user.id || booking.status === 'cancelled') return;
  await tx.patch('bookings', args.bookingId, { status: 'cancelled', updatedAt: now });
  await tx.delete('slots', args.bookingId);
};
