import * as z from 'zod/mini';
import { SERVICE_GROUPS } from '../groups.ts';
import { freeText, id, score, str, text } from './common.ts';

/** Photos are resized and compressed on the phone before they are queued. */
export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 200 * 1024;
export const PHOTO_MIME = ['image/jpeg', 'image/webp', 'image/png'] as const;

export const photo = z.strictObject({
  id,
  mime: z.enum(PHOTO_MIME),
  /** base64 of the compressed image, without a data: prefix */
  data: str(
    z.maxLength(
      Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 4,
      `A photo may be at most ${MAX_PHOTO_BYTES / 1024} KB.`,
    ),
  ),
});

export const REQUEST_STATUSES = [
  'submitted',
  'accepted',
  'in_progress',
  'resolved',
  'rejected',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const requestCreate = z.strictObject({
  id,
  category: z.enum(SERVICE_GROUPS),
  title: text(80),
  body: text(2000),
  venueBooking: z.optional(id),
  photos: z.optional(z.array(photo).check(z.maxLength(MAX_PHOTOS))),
});
export const requestComment = z.strictObject({ id, requestId: id, body: text(1000) });
export const requestTransition = z.strictObject({
  requestId: id,
  to: z.enum(['accepted', 'in_progress', 'resolved', 'rejected']),
  note: z.optional(freeText(1000)),
});
export const requestCancel = z.strictObject({ requestId: id });
export const requestRate = z.strictObject({
  requestId: id,
  score,
  comment: z.optional(freeText(500)),
});
