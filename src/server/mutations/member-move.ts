import { defineMutation, Reject } from './types.ts';
import { audit } from '../accounts/audit.ts';
import { emitMemberAdmin, emitUser } from '../accounts/users.ts';
import { managedUser } from './member-access.ts';
import { onlyOn, resetSight } from '../accounts/sight.ts';

/**
 * Moves an account to another node of the mover's subtree. The account's orgPath changes, and with
 * it the pull cursor's visibility hash: its next pull answers `reset` and brings the new branch's
 * content (docs/sync-protocol.md, pull rule 5). Organizers above the old node only (not above the
 * new one) stop receiving the account's records, so they are reset too (resetSight), and their
 * phones drop the stale copies.
 */
export default defineMutation({
  name: 'member.move',
  async authorize({ tx, viewer }, args) {
    await managedUser(tx, viewer, args.userId);
    if (!viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject('forbidden', 'You may move accounts only within your own organisation.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    const u = await managedUser(tx, viewer, args.userId);
    if (u.org_id === args.orgId) return;
    const paths = new Map(
      (
        await tx.query<{ id: string; path: string[] }>(
          'SELECT id, path FROM orgs WHERE id = ANY($1::uuid[])',
          [[u.org_id, args.orgId]],
        )
      ).map((o) => [o.id, o.path]),
    );
    await tx.query('UPDATE users SET org_id = $2, updated_at = $3 WHERE id = $1', [
      u.id,
      args.orgId,
      now,
    ]);
    await resetSight(tx, onlyOn(paths.get(u.org_id) ?? [], paths.get(args.orgId) ?? []));
    await emitUser(tx, u.id);
    await emitMemberAdmin(tx, u.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'member.move',
      targetType: 'user',
      targetId: u.id,
      orgId: args.orgId,
      before: { orgId: u.org_id },
      after: { orgId: args.orgId },
    });
  },
});
