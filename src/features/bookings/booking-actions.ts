import { uuidv7 } from '../../shared/ids.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { mutate } from '../../sync/mutate.ts';

export const bookSlot = (args: Omit<MutationArgs<'booking.create'>, 'id'>) =>
  mutate('booking.create', { id: uuidv7(), ...args });

export const cancelBooking = (bookingId: string) => mutate('booking.cancel', { bookingId });

export const saveVenue = (args: MutationArgs<'venue.save'>) => mutate('venue.save', args);
