import * as z from 'zod/mini';
import { id, text } from './common.ts';

/**
 * An organizer confirms hours of volunteer service a member gave (志愿服务). `id` is client-made,
 * so a re-sent log never doubles (docs/sync-protocol.md push rule 7). Half hours are the finest step.
 */
export const volunteerLog = z.strictObject({
  id,
  memberId: id,
  hours: z.number().check(
    z.minimum(0.5),
    z.maximum(12),
    z.refine((h) => Number.isInteger(h * 2), 'Hours go in steps of half an hour.'),
  ),
  date: z.iso.date(),
  note: text(200),
});
