import * as z from 'zod/mini';
import { id, isoTime, str, text } from './common.ts';

export const eventRsvp = z.strictObject({ eventId: id, status: z.enum(['going', 'not_going']) });
export const eventCheckin = z.strictObject({
  eventId: id,
  window: z.int().check(z.minimum(0)),
  code: str(z.regex(/^\d{6}$/)),
});
export const eventCheckinMember = z.strictObject({
  eventId: id,
  memberId: id,
  cardToken: str(z.minLength(10), z.maxLength(512)),
});
export const wallPost = z.strictObject({ id, eventId: id, body: text(280) });

/** Organizer flows (not in docs/sync-protocol.md v1's table; added so planning and check-in desks work offline). */
export const agendaItem = z.strictObject({ title: text(80), mandatory: z.boolean() });
export const eventSave = z.strictObject({
  id,
  orgId: id,
  title: text(80),
  theme: text(120),
  startsAt: isoTime,
  endsAt: isoTime,
  venue: text(120),
  capacity: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(100_000)))),
  agenda: z.array(agendaItem).check(z.maxLength(20)),
  seriesId: z.optional(z.nullable(id)),
});
export const eventCancel = z.strictObject({ eventId: id });
export const eventCheckinManual = z.strictObject({ eventId: id, memberId: id });
export const wallHide = z.strictObject({ postId: id });
/** Undoes wall.hide: the post is back on the wall for everyone who sees the party day. */
export const wallUnhide = z.strictObject({ postId: id });
