import { defineMutation, Reject } from './types.ts';
import { audit } from '../accounts/audit.ts';
import { emitMemberAdmin, emitUser } from '../accounts/users.ts';
import { emitServiceGroup } from '../accounts/service-groups.ts';
import { checkGrant, checkGroupsNeedStaff, dedupe, managedUser } from './member-access.ts';

/**
 * Roles and service groups of an account in the giver's subtree (docs/organisation.md, "Roles").
 * Roles and groups are part of the pull cursor's visibility hash, so the account's next pull
 * answers `reset` and brings what the new roles may see.
 */
export default defineMutation({
  name: 'member.roles',
  async authorize({ tx, viewer }, args) {
    const u = await managedUser(tx, viewer, args.userId);
    checkGrant(viewer, u, { roles: args.roles, groups: args.groups });
  },
  async apply({ tx, viewer, now }, args) {
    const u = await managedUser(tx, viewer, args.userId);
    const roles = dedupe(args.roles);
    const groups = dedupe(args.groups);
    checkGroupsNeedStaff(roles, groups);
    const same = (a: string[], b: string[]) =>
      a.length === b.length && a.every((x) => b.includes(x));
    if (same(roles, u.roles) && same(groups, u.groups)) return;
    if (!roles.length) {
      throw new Reject(
        'invalid_request',
        'An account needs at least one role; deactivate it instead.',
      );
    }
    // A member's standing goes with the member role: given as full, cleared when taken.
    const standing = roles.includes('member') ? (u.standing ?? 'full') : null;
    await tx.query(
      'UPDATE users SET roles = $2, groups = $3, standing = $4, updated_at = $5 WHERE id = $1',
      [u.id, roles, groups, standing, now],
    );
    await emitUser(tx, u.id);
    await emitMemberAdmin(tx, u.id);
    // Who handles a group is published with the group: every group before and after changes.
    for (const g of new Set([...u.groups, ...groups])) await emitServiceGroup(tx, g);
    await audit(tx, {
      actorId: viewer.id,
      action: 'member.roles',
      targetType: 'user',
      targetId: u.id,
      orgId: u.org_id,
      before: { roles: u.roles, groups: u.groups },
      after: { roles, groups },
    });
  },
});
