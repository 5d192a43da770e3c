import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { emitInvite } from './org-data.ts';

/** Ends an invitation at once (organizer of its branch or above); revoking twice changes nothing. */
export default defineMutation({
  name: 'invite.revoke',
  async authorize({ tx, viewer }, args) {
    if (!isOrganizer(viewer)) throw new Reject('forbidden', 'Only organizers revoke invitations.');
    const invite = await one<{ org_id: string }>(tx, 'SELECT org_id FROM invites WHERE id = $1', [
      args.inviteId,
    ]);
    // Invitations are pulled only by organizers of their branch and above: others never saw it.
    if (!invite || !viewer.managedOrgs.includes(invite.org_id)) {
      throw new Reject('not_found', 'No such invitation.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    const [done] = await tx.query<{ org_id: string }>(
      `UPDATE invites SET revoked_at = $2, updated_at = $2 WHERE id = $1 AND revoked_at IS NULL
       RETURNING org_id`,
      [args.inviteId, now],
    );
    if (!done) return;
    await emitInvite(tx, args.inviteId);
    await audit(tx, {
      actorId: viewer.id,
      action: 'invite.revoke',
      targetType: 'invite',
      targetId: args.inviteId,
      orgId: done.org_id,
      after: { revokedAt: now.toISOString() },
    });
  },
});
