import { defineMutation } from './types.ts';
import { audit } from '../accounts/audit.ts';
import { issueActivation, revokeSessions } from '../accounts/activation.ts';
import { emitMemberAdmin } from '../accounts/users.ts';
import { clearJoinCodes } from './org-data.ts';
import { managedUser } from './member-access.ts';

/**
 * A forgotten password (organizer above the member): a new one-time code replaces the password and
 * any earlier code, and every session of the account ends, so a lost phone is signed out too.
 */
export default defineMutation({
  name: 'member.reset',
  async authorize({ tx, viewer }, args) {
    await managedUser(tx, viewer, args.userId);
  },
  async apply({ tx, viewer, now }, args) {
    const u = await managedUser(tx, viewer, args.userId);
    const code = await issueActivation(tx, u.id, now);
    await revokeSessions(tx, u.id);
    await emitMemberAdmin(tx, u.id, code);
    await clearJoinCodes(tx, u.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'member.reset',
      targetType: 'user',
      targetId: u.id,
      orgId: u.org_id,
      before: { activated: u.activated },
      after: { activated: false },
    });
  },
});
