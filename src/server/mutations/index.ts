import type { MutationName } from '../../shared/mutations/index.ts';
import type { MutationDef } from './types.ts';
import bookingCreate from './booking-create.ts';
import bookingCancel from './booking-cancel.ts';
import volunteerLog from './volunteer-log.ts';

/** The registry: mutation name -> definition. Each feature adds its files and lines here. */
export const registry: { [N in MutationName]?: MutationDef<N> } = {
  'booking.create': bookingCreate,
  'booking.cancel': bookingCancel,
  'volunteer.log': volunteerLog,
};
