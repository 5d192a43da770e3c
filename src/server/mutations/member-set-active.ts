import { defineMutation } from './types.ts';
import { audit } from '../accounts/audit.ts';
import { revokeSessions } from '../accounts/activation.ts';
import { emitMemberAdmin } from '../accounts/users.ts';
import { emitServiceGroup } from '../accounts/service-groups.ts';
import { managedUser } from './member-access.ts';

/**
 * Deactivates an account (it is signed out everywhere and sign-in refuses it) or reactivates it.
 * Nothing the account made is deleted: its requests, check-ins and points stay on the record.
 */
export default defineMutation({
  name: 'member.set_active',
  async authorize({ tx, viewer }, args) {
    await managedUser(tx, viewer, args.userId);
  },
  async apply({ tx, viewer, now }, args) {
    const u = await managedUser(tx, viewer, args.userId);
    if (u.disabled === !args.active) return;
    await tx.query('UPDATE users SET disabled = $2, updated_at = $3 WHERE id = $1', [
      u.id,
      !args.active,
      now,
    ]);
    if (!args.active) await revokeSessions(tx, u.id);
    await emitMemberAdmin(tx, u.id);
    // A deactivated staff account no longer handles its groups.
    for (const g of u.groups) await emitServiceGroup(tx, g);
    await audit(tx, {
      actorId: viewer.id,
      action: 'member.set_active',
      targetType: 'user',
      targetId: u.id,
      orgId: u.org_id,
      before: { disabled: u.disabled },
      after: { disabled: !args.active },
    });
  },
});
