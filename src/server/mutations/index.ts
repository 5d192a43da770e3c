import type { MutationName } from '../../shared/mutations/index.ts';
import type { MutationDef } from './types.ts';
import bookingCreate from './booking-create.ts';
import bookingCancel from './booking-cancel.ts';
import requestCreate from './request-create.ts';
import requestComment from './request-comment.ts';
import requestTransition from './request-transition.ts';
import requestCancel from './request-cancel.ts';
import requestRate from './request-rate.ts';
import venueSave from './venue-save.ts';

/** The registry: mutation name -> definition. Each feature adds its files and lines here. */
export const registry: { [N in MutationName]?: MutationDef<N> } = {
  'booking.create': bookingCreate,
  'booking.cancel': bookingCancel,
  'request.create': requestCreate,
  'request.comment': requestComment,
  'request.transition': requestTransition,
  'request.cancel': requestCancel,
  'request.rate': requestRate,
  'venue.save': venueSave,
};
