import * as z from 'zod/mini';
import { freeText, id, isoTime, text } from './common.ts';
import { MAX_CONTACTS, STAGES, STEP_KINDS } from '../recruitment/rules.ts';

/**
 * Recruitment (发展党员, docs/sync-protocol.md "Mutations, v1.1"). The business rules (stage order,
 * contacts, introducers, intervals) are in src/shared/recruitment/rules.ts, not here, so that a
 * premature step is refused with its own reason rather than as `invalid_request`.
 */
const people = z.optional(z.nullable(z.array(id).check(z.maxLength(MAX_CONTACTS + 2))));
const note = z.optional(z.nullable(freeText(500)));

export const candidateCreate = z.strictObject({
  id,
  orgId: id,
  name: text(40),
  appliedAt: isoTime,
  phone: z.optional(z.nullable(freeText(20))),
});

export const candidateAdvance = z.strictObject({
  candidateId: id,
  to: z.enum(STAGES),
  at: isoTime,
  contacts: people,
  introducers: people,
  note,
});

/** A dated step inside a stage: the talk, a half-yearly review, the political review, training. */
export const candidateStep = z.strictObject({
  id,
  candidateId: id,
  kind: z.enum(STEP_KINDS),
  at: isoTime,
  note,
});
