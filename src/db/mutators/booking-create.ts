import type { Mutator } from './types.ts';

export const bookingCreate: Mutator<'booking.create'> = async (tx, args, { user, now }) => {
  if (await tx.get('bookings', args.id)) return;
  await tx.put('bookings', {
    id: args.id,
    userId: user.id,
    venueId: args.venueId,
    start: args.start,
    end: args.end,
    purpose: args.purpose,
    status: 'booked',
    createdAt: now,
    updatedAt: now,
  });
  // The slot (id = booking id) makes the time show as taken to this user at once.
  await tx.put('slots', { id: args.id, venueId: args.venueId, start: args.start, end: args.end });
};
