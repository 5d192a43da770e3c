import * as z from 'zod/mini';
import { INDICATOR_SOURCES, INDICATOR_UNITS } from './template.ts';

/**
 * Records of the responsibility checklist as pull sends them (docs/sync-protocol.md, "Record
 * shapes in pull"). `checklist_template` is public at its district (every organizer below reads
 * it to make a report); `checklist_assessment` goes to organizers and admins of its branch and
 * above only.
 */
const stamps = { createdAt: z.string(), updatedAt: z.string() };

const indicatorRecord = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string(),
  kind: z.enum(['computed', 'entered']),
  source: z.nullable(z.enum(INDICATOR_SOURCES)),
  unit: z.enum(INDICATOR_UNITS),
  target: z.nullable(z.number()),
});

export const checklistTemplateRecord = z.object({
  id: z.string(),
  /** the district the template belongs to */
  orgId: z.string(),
  goals: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      titleEn: z.string(),
      responsibilities: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          titleEn: z.string(),
          indicators: z.array(indicatorRecord),
        }),
      ),
    }),
  ),
  /** who saved it last */
  userId: z.string(),
  ...stamps,
});
export type ChecklistTemplateRecord = z.infer<typeof checklistTemplateRecord>;

export const checklistAssessmentRecord = z.object({
  id: z.string(),
  /** the branch */
  orgId: z.string(),
  /** `YYYY-MM` or `YYYY` */
  period: z.string(),
  indicatorId: z.string(),
  value: z.nullable(z.number()),
  evidence: z.string(),
  /** evidence photos, each read from `url` with the bearer token (absent in records stored before) */
  photos: z.optional(z.array(z.object({ id: z.string(), mime: z.string(), url: z.string() }))),
  /** who entered it last, and their name for the report */
  userId: z.string(),
  authorName: z.string(),
  ...stamps,
});
export type ChecklistAssessmentRecord = z.infer<typeof checklistAssessmentRecord>;
