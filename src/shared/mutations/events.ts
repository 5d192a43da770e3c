import * as z from 'zod/mini';
import { id, text } from './common.ts';

export const eventRsvp = z.strictObject({ eventId: id, status: z.enum(['going', 'not_going']) });
export const eventCheckin = z.strictObject({
  eventId: id,
  window: z.int().check(z.minimum(0)),
  code: z.string().check(z.regex(/^\d{6}$/)),
});
export const eventCheckinMember = z.strictObject({
  eventId: id,
  memberId: id,
  cardToken: z.string().check(z.minLength(10), z.maxLength(512)),
});
export const wallPost = z.strictObject({ id, eventId: id, body: text(280) });
