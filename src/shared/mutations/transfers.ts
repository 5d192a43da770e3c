import * as z from 'zod/mini';
import { freeText, id, str, text } from './common.ts';
import {
  FLOWING_DECISIONS,
  isCalendarDate,
  TRANSFER_DIRECTIONS,
  TRANSFER_TARGETS,
} from '../transfers/rules.ts';

/** Membership changes (docs/sync-protocol.md, "Mutations, v1.1"), on the push pattern. */

const optionalText = (max: number) => z.optional(z.nullable(freeText(max)));
const day = str(z.refine<string>(isCalendarDate, 'A date YYYY-MM-DD.'));

/** A member registers as a flowing member at the branch where they now work. */
export const flowingRegister = z.strictObject({
  id,
  hostOrgId: id,
  homeOrg: text(120),
  since: day,
  until: z.optional(z.nullable(day)),
  contact: text(60),
});

/** The host branch's organizer confirms or rejects; the organizer or the member ends it. */
export const flowingDecide = z.strictObject({
  registrationId: id,
  decision: z.enum(FLOWING_DECISIONS),
  note: optionalText(200),
});

/** Opens a transfer case (inside the district, out of it or into it). */
export const transferCreate = z.strictObject({
  id,
  direction: z.enum(TRANSFER_DIRECTIONS),
  memberId: z.optional(z.nullable(id)),
  memberName: optionalText(40),
  fromOrgId: z.optional(z.nullable(id)),
  fromText: optionalText(120),
  toOrgId: z.optional(z.nullable(id)),
  toText: optionalText(120),
  note: optionalText(500),
});

/** Records the case's next step (or cancels it). */
export const transferAdvance = z.strictObject({
  transferId: id,
  to: z.enum(TRANSFER_TARGETS),
  letterNo: optionalText(40),
  placedOrgId: z.optional(z.nullable(id)),
  note: optionalText(500),
});
