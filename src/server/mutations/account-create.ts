import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { issueActivation } from '../accounts/activation.ts';
import { createUser, emitMemberAdmin } from '../accounts/users.ts';
import { checkGrant, checkGroupsNeedStaff, dedupe } from './member-access.ts';
import { isValidPhone, normalizePhone } from '../../shared/org/phone.ts';

/**
 * One account made by hand (a department's staff, an instructor, an organizer, a single member) in
 * the maker's subtree, with the roles and groups the maker may give (as `member.roles`). Login is
 * the phone number; the first password is set with a one-time activation code.
 */
export default defineMutation({
  name: 'account.create',
  async authorize({ tx, viewer }, args) {
    if (!isOrganizer(viewer) || !viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject(
        'forbidden',
        'Only organizers of this organisation or above make its accounts.',
      );
    }
    checkGrant(viewer, { roles: [], groups: [] }, { roles: args.roles, groups: args.groups });
    const existing = await one<{ org_id: string; phone: string | null }>(
      tx,
      'SELECT org_id, phone FROM users WHERE id = $1',
      [args.id],
    );
    // The same create sent again is fine (push rule 7); any other account's id is not.
    if (existing && existing.phone !== normalizePhone(args.phone)) {
      throw new Reject('conflict', 'This id belongs to another record.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    if (await one(tx, 'SELECT 1 FROM users WHERE id = $1', [args.id])) return;
    if (!isValidPhone(args.phone)) {
      throw new Reject('invalid_request', 'The phone number must be a mainland mobile number.');
    }
    const phone = normalizePhone(args.phone);
    if (await one(tx, 'SELECT 1 FROM users WHERE phone = $1 OR lower(login) = $1', [phone])) {
      throw new Reject('conflict', 'An account with this phone number exists already.');
    }
    const roles = dedupe(args.roles);
    const groups = dedupe(args.groups);
    checkGroupsNeedStaff(roles, groups);
    const standing = roles.includes('member') ? (args.standing ?? 'full') : null;
    await createUser(tx, {
      id: args.id,
      login: phone,
      name: args.name,
      phone,
      roles,
      orgId: args.orgId,
      groups,
      standing,
    });
    const code = await issueActivation(tx, args.id, now);
    await emitMemberAdmin(tx, args.id, code);
    await audit(tx, {
      actorId: viewer.id,
      action: 'account.create',
      targetType: 'user',
      targetId: args.id,
      orgId: args.orgId,
      after: { login: phone, name: args.name, roles, groups, standing },
    });
  },
});
