import * as z from 'zod/mini';
import { freeText, id, isoTime, str, text } from './common.ts';
import { SERVICE_GROUPS } from '../groups.ts';
import { LIST_KINDS, LIST_SOURCES, QUARTER_PATTERN } from '../lists/rules.ts';

/**
 * The three lists (三张清单) of a park and quarter (docs/organisation.md, "The three lists").
 * Each goes through push, so an organizer or a department can work them offline.
 */

const quarter = str(z.regex(QUARTER_PATTERN));
const optionalText = (max: number) => z.optional(z.nullable(freeText(max)));

/**
 * Adds or edits one item of a park's lists: a need (需求), a resource (资源) or an activity (项目).
 * Needs and resources name the service group that serves or offers them (`category`); an item
 * taken over from a request, party day or lesson names it in `sourceType`/`sourceId`.
 */
export const listItemSave = z.strictObject({
  id,
  orgId: id,
  quarter,
  kind: z.enum(LIST_KINDS),
  title: text(120),
  description: freeText(2000),
  category: z.optional(z.nullable(z.enum(SERVICE_GROUPS))),
  provider: optionalText(100),
  contact: optionalText(100),
  startsAt: z.optional(z.nullable(isoTime)),
  venue: optionalText(100),
  sourceType: z.optional(z.nullable(z.enum(LIST_SOURCES))),
  sourceId: z.optional(z.nullable(id)),
});

/** Takes an item off the lists (a need matched to a removed resource loses the match). */
export const listItemRemove = z.strictObject({ itemId: id });

/** A department (staff of the need's service group) claims a need for its group (部门报到). */
export const needClaim = z.strictObject({ needId: id, note: optionalText(500) });

/** Moves a claimed need on (in_progress, closed, or back to open), or adds a note. */
export const needUpdate = z.strictObject({
  needId: id,
  to: z.optional(z.nullable(z.enum(['open', 'in_progress', 'closed']))),
  note: optionalText(500),
});

/** Matches a need with a resource of the same park's lists; null undoes the match. */
export const needMatch = z.strictObject({ needId: id, resourceId: z.nullable(id) });

/** The park's organizer publishes the quarter's three lists: a snapshot its members read. */
export const listsPublish = z.strictObject({ orgId: id, quarter });
