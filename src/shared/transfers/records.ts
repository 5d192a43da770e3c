import * as z from 'zod/mini';
import { FLOWING_STATUSES, TRANSFER_DIRECTIONS, TRANSFER_STAGES } from './rules.ts';

/**
 * Records of membership changes as pull sends them (docs/sync-protocol.md, "Record shapes in
 * pull"). `flowing` goes to the member and the organizers of the host branch and above; `transfer`
 * to the organizers of both sides and above, admins, and the member whose case it is.
 */
const stamps = { createdAt: z.string(), updatedAt: z.string() };
const nullableText = z.nullable(z.string());

export const flowingRecord = z.object({
  id: z.string(),
  /** the flowing member */
  userId: z.string(),
  memberName: z.string(),
  hostOrgId: z.string(),
  /** the host branch's name (a member does not pull other branches' org records) */
  hostName: z.string(),
  /** the home organisation, as the member wrote it */
  homeOrg: z.string(),
  since: z.string(),
  until: nullableText,
  contact: z.string(),
  status: z.enum(FLOWING_STATUSES),
  note: nullableText,
  decidedBy: nullableText,
  decidedAt: nullableText,
  ...stamps,
});
export type FlowingRecord = z.infer<typeof flowingRecord>;

export const transferStep = z.object({
  stage: z.enum(TRANSFER_STAGES),
  at: z.string(),
  /** who recorded the step, and their name (the other side's organizers cannot look it up) */
  by: nullableText,
  byName: nullableText,
  note: nullableText,
});

export const transferRecord = z.object({
  id: z.string(),
  direction: z.enum(TRANSFER_DIRECTIONS),
  memberId: nullableText,
  memberName: z.string(),
  fromOrgId: nullableText,
  fromText: nullableText,
  toOrgId: nullableText,
  toText: nullableText,
  /** names of the orgs, for the side that does not pull the other's org records */
  fromName: nullableText,
  toName: nullableText,
  placedName: nullableText,
  stage: z.enum(TRANSFER_STAGES),
  letterNo: nullableText,
  placedOrgId: nullableText,
  note: nullableText,
  steps: z.array(transferStep),
  /** the organizer who opened the case */
  userId: z.string(),
  ...stamps,
});
export type TransferRecord = z.infer<typeof transferRecord>;
