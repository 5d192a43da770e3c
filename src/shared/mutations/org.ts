import * as z from 'zod/mini';
import { freeText, id, isoTime, text } from './common.ts';
import { COVERAGE, ORG_KINDS, STANDINGS } from '../org/kinds.ts';
import { ROLES, SERVICE_GROUPS } from '../groups.ts';
import { timeLimit } from '../time-limit.ts';

/**
 * Organisation work (docs/sync-protocol.md, "Mutations, v1.1"). Each goes through push like a
 * member's write, so a party worker can do it offline and it is applied exactly once.
 */

const optionalText = (max: number) => z.optional(z.nullable(freeText(max)));
const count = z.optional(z.nullable(z.int().check(z.minimum(0), z.maximum(1_000_000))));

/** Adds, renames or moves a node; only an admin above it may. A move re-scopes everyone below. */
export const orgSave = z.strictObject({
  id,
  parentId: z.nullable(id),
  kind: z.enum(ORG_KINDS),
  name: text(60),
});

/**
 * A firm of the register (企业台账). The credit code is checked by the server's business rule
 * (`invalid_credit_code`), not here, so a typo is refused with its own reason.
 */
export const firmSave = z.strictObject({
  id,
  orgId: id,
  name: text(100),
  creditCode: text(32),
  coverage: z.enum(COVERAGE),
  branchId: z.optional(z.nullable(id)),
  building: optionalText(80),
  industry: optionalText(60),
  headcount: count,
  memberCount: count,
});

/** Names a firm's instructor (党建指导员); null takes the firm off their list. */
export const firmAssign = z.strictObject({ firmId: id, instructorId: z.nullable(id) });

/** A branch's invitation code, expiring and revocable. */
export const inviteCreate = z.strictObject({ id, orgId: id, expiresAt: isoTime });
export const inviteRevoke = z.strictObject({ inviteId: id });

/** An organizer approves (creates the member, with a one-time activation code) or rejects. */
export const joinDecide = z.strictObject({
  joinRequestId: id,
  decision: z.enum(['approve', 'reject']),
  note: optionalText(200),
});

/** A new one-time activation code for a member; their old sessions are revoked. */
export const memberReset = z.strictObject({ userId: id });

/** Moves an account to another node of the organizer's subtree; what they see re-scopes. */
export const memberMove = z.strictObject({ userId: id, orgId: id });

/** Deactivates (signs out, refuses sign-in) or reactivates an account. */
export const memberSetActive = z.strictObject({ userId: id, active: z.boolean() });

/** Roles and service groups of an account, within the giver's own subtree. */
export const memberRoles = z.strictObject({
  userId: id,
  roles: z.array(z.enum(ROLES)).check(z.maxLength(ROLES.length)),
  groups: z.array(z.enum(SERVICE_GROUPS)).check(z.maxLength(SERVICE_GROUPS.length)),
});

/** A member's standing, full (正式党员) or probationary (预备党员). */
export const memberStanding = z.strictObject({ userId: id, standing: z.enum(STANDINGS) });

/**
 * One account made by hand (a department's staff, an instructor, an organizer): login is the
 * phone number, and the first password is set with a one-time activation code.
 */
export const accountCreate = z.strictObject({
  id,
  orgId: id,
  name: text(40),
  phone: text(20),
  roles: z.array(z.enum(ROLES)).check(z.minLength(1), z.maxLength(ROLES.length)),
  groups: z.array(z.enum(SERVICE_GROUPS)).check(z.maxLength(SERVICE_GROUPS.length)),
  standing: z.optional(z.nullable(z.enum(STANDINGS))),
});

/** A service group's time limit (限时办结); null: none. */
export const groupSave = z.strictObject({
  key: z.enum(SERVICE_GROUPS),
  timeLimit: z.nullable(timeLimit),
});
