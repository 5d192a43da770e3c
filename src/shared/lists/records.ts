import * as z from 'zod/mini';
import { LIST_KINDS, LIST_SOURCES, NEED_STATUSES } from './rules.ts';

/**
 * Records of the three lists as pull sends them (docs/sync-protocol.md, "Record shapes in pull").
 * A `list_item` is a working item: a need goes to the organizers managing its park and to the
 * staff of its service group (and whoever claimed it), a resource to the same and whoever posted
 * it, an activity to the park's organizers only. A `list_publication` is the published snapshot
 * of a park's quarter, public at the park: its members read it offline.
 */
const nullableText = z.nullable(z.string());

export const needNote = z.object({
  at: z.string(),
  name: z.string(),
  /** the state the need moved to with this note, if it moved */
  status: z.nullable(z.enum(NEED_STATUSES)),
  text: z.string(),
});

export const listItemRecord = z.object({
  id: z.string(),
  orgId: z.string(),
  /** the park's name, for staff who do not pull the park's org record */
  orgName: z.string(),
  quarter: z.string(),
  kind: z.enum(LIST_KINDS),
  title: z.string(),
  description: z.string(),
  category: nullableText,
  provider: nullableText,
  contact: nullableText,
  startsAt: nullableText,
  venue: nullableText,
  sourceType: z.nullable(z.enum(LIST_SOURCES)),
  sourceId: nullableText,
  /** needs only; null for resources and activities */
  status: z.nullable(z.enum(NEED_STATUSES)),
  claimedGroup: nullableText,
  claimedBy: nullableText,
  claimedByName: nullableText,
  claimedAt: nullableText,
  /** a need matched with a resource of the same lists */
  resourceId: nullableText,
  notes: z.array(needNote),
  /** who entered it */
  userId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ListItemRecord = z.infer<typeof listItemRecord>;
export type NeedNote = z.infer<typeof needNote>;

export const publishedNeed = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  category: nullableText,
  status: z.enum(NEED_STATUSES),
  claimedGroup: nullableText,
  resourceId: nullableText,
  resourceTitle: nullableText,
});
export const publishedResource = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  category: nullableText,
  provider: nullableText,
  contact: nullableText,
});
export const publishedActivity = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  startsAt: nullableText,
  venue: nullableText,
});

export const listPublicationRecord = z.object({
  id: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  quarter: z.string(),
  publishedAt: z.string(),
  publishedByName: z.string(),
  needs: z.array(publishedNeed),
  resources: z.array(publishedResource),
  activities: z.array(publishedActivity),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ListPublicationRecord = z.infer<typeof listPublicationRecord>;
export type PublishedNeed = z.infer<typeof publishedNeed>;
export type PublishedResource = z.infer<typeof publishedResource>;
export type PublishedActivity = z.infer<typeof publishedActivity>;
