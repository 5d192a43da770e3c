import * as z from 'zod/mini';
import { freeText, id, str, text } from './common.ts';

/** Local wall-clock time "HH:MM" (venue opening hours, in the venue time zone). */
export const clockTime = str(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));

/** Organizer creates or edits a venue of an org they manage; `active: false` closes it. */
export const venueSave = z.strictObject({
  id,
  orgId: id,
  name: text(80),
  capacity: z.int().check(z.minimum(1), z.maximum(1000)),
  location: freeText(120),
  opensAt: clockTime,
  closesAt: clockTime,
  active: z.boolean(),
});
