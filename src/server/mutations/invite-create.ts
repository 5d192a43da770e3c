import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { newCode } from '../accounts/activation.ts';
import { emitInvite } from './org-data.ts';

/** An invitation lives at most this long: a code printed on a poster should not outlive a season. */
export const MAX_INVITE_DAYS = 90;

/**
 * A branch's invitation code (organizer of the branch or above). The server draws the code, never
 * the phone: it must be unguessable, since anyone holding it may ask to join.
 */
export default defineMutation({
  name: 'invite.create',
  async authorize({ tx, viewer }, args) {
    if (!isOrganizer(viewer) || !viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject(
        'forbidden',
        'Only organizers of this branch or above make its invitations.',
      );
    }
    const existing = await one<{ user_id: string }>(
      tx,
      'SELECT user_id FROM invites WHERE id = $1',
      [args.id],
    );
    if (existing && existing.user_id !== viewer.id) {
      throw new Reject('conflict', 'This id belongs to another record.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    // A create sent again (a resent queue) changes nothing (push rule 7).
    if (await one(tx, 'SELECT 1 FROM invites WHERE id = $1', [args.id])) return;
    const org = await one<{ kind: string }>(tx, 'SELECT kind FROM orgs WHERE id = $1', [
      args.orgId,
    ]);
    if (org?.kind !== 'branch') {
      throw new Reject('invalid_request', 'Invitations are made for a branch.');
    }
    const expires = new Date(args.expiresAt);
    if (!(expires > now)) throw new Reject('invalid_request', 'The expiry must be in the future.');
    if (expires.getTime() - now.getTime() > MAX_INVITE_DAYS * 86400_000) {
      throw new Reject('invalid_request', `An invitation lasts at most ${MAX_INVITE_DAYS} days.`);
    }
    await tx.query(
      `INSERT INTO invites (id, org_id, code, expires_at, user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)`,
      [args.id, args.orgId, newCode(), expires, viewer.id, now],
    );
    await emitInvite(tx, args.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'invite.create',
      targetType: 'invite',
      targetId: args.id,
      orgId: args.orgId,
      after: { expiresAt: expires.toISOString() },
    });
  },
});
