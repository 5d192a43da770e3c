import * as z from 'zod/mini';
import { freeText, id, str } from './common.ts';
import { MAX_PHOTOS, photo } from './requests.ts';
import { goalsSchema } from '../checklist/template.ts';
import { PERIOD_RE } from '../checklist/period.ts';

/**
 * The responsibility checklist (docs/organisation.md, "Responsibility checklist"). Both go
 * through push, so a district edits its template and a branch enters its indicators offline.
 */

/** The district's template, whole: goals → responsibilities → indicators. One per district. */
export const checklistSave = z.strictObject({ orgId: id, goals: goalsSchema });

/**
 * One entered indicator of one branch for one period, with its evidence. The same branch, period
 * and indicator again replaces the value (last one wins); value null with empty evidence clears it.
 * Evidence photos are added (`photos`, compressed on the phone as a request's are) and removed
 * (`dropPhotos`, by id) rather than sent again; an entry holds at most MAX_PHOTOS.
 */
export const checklistAssess = z.strictObject({
  orgId: id,
  period: str(z.regex(PERIOD_RE)),
  indicatorId: str(z.regex(/^[a-z0-9_-]{1,40}$/)),
  value: z.nullable(z.number().check(z.minimum(0), z.maximum(1_000_000))),
  evidence: freeText(1000),
  photos: z.optional(z.array(photo).check(z.maxLength(MAX_PHOTOS))),
  dropPhotos: z.optional(z.array(id).check(z.maxLength(MAX_PHOTOS))),
});
