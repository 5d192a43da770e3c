import * as z from 'zod/mini';
import { id, isoTime, text } from './common.ts';

export const bookingCreate = z.strictObject({
  id,
  venueId: id,
  start: isoTime,
  end: isoTime,
  purpose: text(200),
});
export const bookingCancel = z.strictObject({ bookingId: id });
