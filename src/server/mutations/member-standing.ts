import { defineMutation, Reject } from './types.ts';
import { audit } from '../accounts/audit.ts';
import { emitMemberAdmin } from '../accounts/users.ts';
import { managedUser } from './member-access.ts';

/** A member's standing: probationary (预备党员) becomes full (正式党员), or a correction. */
export default defineMutation({
  name: 'member.standing',
  async authorize({ tx, viewer }, args) {
    await managedUser(tx, viewer, args.userId);
  },
  async apply({ tx, viewer, now }, args) {
    const u = await managedUser(tx, viewer, args.userId);
    if (!u.roles.includes('member')) {
      throw new Reject('invalid_request', 'Only a Party member has a standing.');
    }
    if (u.standing === args.standing) return;
    await tx.query('UPDATE users SET standing = $2, updated_at = $3 WHERE id = $1', [
      u.id,
      args.standing,
      now,
    ]);
    await emitMemberAdmin(tx, u.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'member.standing',
      targetType: 'user',
      targetId: u.id,
      orgId: u.org_id,
      before: { standing: u.standing },
      after: { standing: args.standing },
    });
  },
});
