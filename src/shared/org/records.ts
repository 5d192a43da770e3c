import * as z from 'zod/mini';
import { COVERAGE, JOIN_STANDINGS, STANDINGS } from './kinds.ts';

/**
 * Records of organisation work as pull sends them (docs/sync-protocol.md, "Record shapes in
 * pull"). `invite`, `join_request` and `member_admin` go only to organizers of the node and above
 * and to admins; `firm` is public at its org (members see their own org's and above) and also goes
 * to its instructor.
 */
const stamps = { createdAt: z.string(), updatedAt: z.string() };
const nullableText = z.nullable(z.string());

export const firmRecord = z.object({
  id: z.string(),
  orgId: z.string(),
  name: z.string(),
  creditCode: z.string(),
  coverage: z.enum(COVERAGE),
  branchId: z.nullable(z.string()),
  building: nullableText,
  industry: nullableText,
  headcount: z.nullable(z.number()),
  memberCount: z.nullable(z.number()),
  instructorId: z.nullable(z.string()),
  ...stamps,
});
export type FirmRecord = z.infer<typeof firmRecord>;

export const inviteRecord = z.object({
  id: z.string(),
  orgId: z.string(),
  /** unguessable, at least 8 characters; the QR holds `<origin>/join?c=<code>` */
  code: z.string(),
  expiresAt: z.string(),
  revokedAt: z.nullable(z.string()),
  /** the organizer who made it */
  userId: z.string(),
  /** join requests received through it */
  uses: z.number(),
  ...stamps,
});
export type InviteRecord = z.infer<typeof inviteRecord>;

export const joinRequestRecord = z.object({
  id: z.string(),
  inviteId: z.string(),
  /** the invite's branch */
  orgId: z.string(),
  name: z.string(),
  phone: z.string(),
  firm: nullableText,
  standing: z.enum(JOIN_STANDINGS),
  status: z.enum(['pending', 'approved', 'rejected']),
  note: nullableText,
  decidedAt: nullableText,
  decidedBy: nullableText,
  /** the account an approval created */
  memberId: nullableText,
  /** one-time code to hand to the newcomer; null once used or after a reset */
  activationCode: nullableText,
  activationExpiresAt: nullableText,
  ...stamps,
});
export type JoinRequestRecord = z.infer<typeof joinRequestRecord>;

/** What an organizer needs to administer one account; id and userId are the account's id. */
export const memberAdminRecord = z.object({
  id: z.string(),
  userId: z.string(),
  orgId: z.string(),
  login: z.string(),
  name: z.string(),
  phone: nullableText,
  roles: z.array(z.string()),
  groups: z.array(z.string()),
  standing: z.nullable(z.enum(STANDINGS)),
  joinedAt: nullableText,
  disabled: z.boolean(),
  /** true once the member has set a password */
  activated: z.boolean(),
  /** the current one-time code, shown to organizers until it is used or expires */
  activationCode: nullableText,
  activationExpiresAt: nullableText,
  ...stamps,
});
export type MemberAdminRecord = z.infer<typeof memberAdminRecord>;
