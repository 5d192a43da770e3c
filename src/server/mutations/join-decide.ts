import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { activationExpiry, issueActivation } from '../accounts/activation.ts';
import { createUser, emitMemberAdmin } from '../accounts/users.ts';
import { emitJoinRequest } from './org-data.ts';
import { uuidv7 } from '../../shared/ids.ts';
import type { Standing } from '../../shared/org/kinds.ts';

interface JoinRow {
  id: string;
  invite_id: string;
  org_id: string;
  name: string;
  phone: string;
  standing: 'full' | 'probationary' | 'activist' | 'none';
  status: string;
}

/**
 * An organizer of the request's branch or above approves or rejects a newcomer. Approval makes the
 * account (login = the phone number) with a one-time activation code for the organizer to hand
 * over. A Party member (full or probationary, as declared) gets the member role and that standing;
 * an activist or a non-member gets an account without the member role: they can read what the
 * branch publishes but take part as a member only once an organizer gives them the role
 * (docs/organisation.md, "Join requests").
 */
export default defineMutation({
  name: 'join.decide',
  async authorize({ tx, viewer }, args) {
    if (!isOrganizer(viewer))
      throw new Reject('forbidden', 'Only organizers decide join requests.');
    const j = await one<{ org_id: string }>(tx, 'SELECT org_id FROM join_requests WHERE id = $1', [
      args.joinRequestId,
    ]);
    if (!j || !viewer.managedOrgs.includes(j.org_id)) {
      throw new Reject('not_found', 'No such join request.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    const j = (await one<JoinRow>(tx, 'SELECT * FROM join_requests WHERE id = $1 FOR UPDATE', [
      args.joinRequestId,
    ]))!;
    if (j.status !== 'pending') {
      throw new Reject('invalid_transition', 'This join request has been decided already.');
    }
    const note = args.note || null;
    if (args.decision === 'reject') {
      await tx.query(
        `UPDATE join_requests SET status = 'rejected', note = $2, decided_at = $3, decided_by = $4,
                updated_at = $3 WHERE id = $1`,
        [j.id, note, now, viewer.id],
      );
      await emitJoinRequest(tx, j.id);
      await audit(tx, {
        actorId: viewer.id,
        action: 'join.decide',
        targetType: 'join_request',
        targetId: j.id,
        orgId: j.org_id,
        before: { status: 'pending' },
        after: { status: 'rejected', note },
      });
      return;
    }
    const taken = await one(tx, 'SELECT 1 FROM users WHERE phone = $1 OR lower(login) = $1', [
      j.phone,
    ]);
    if (taken) throw new Reject('conflict', 'An account with this phone number exists already.');
    const partyMember = j.standing === 'full' || j.standing === 'probationary';
    const memberId = await createUser(tx, {
      id: uuidv7(now.getTime()),
      login: j.phone,
      name: j.name,
      phone: j.phone,
      roles: partyMember ? ['member'] : [],
      orgId: j.org_id,
      standing: partyMember ? (j.standing as Standing) : null,
    });
    const code = await issueActivation(tx, memberId, now);
    await tx.query(
      `UPDATE join_requests SET status = 'approved', note = $2, decided_at = $3, decided_by = $4,
              member_id = $5, updated_at = $3 WHERE id = $1`,
      [j.id, note, now, viewer.id, memberId],
    );
    await emitMemberAdmin(tx, memberId, code);
    await emitJoinRequest(tx, j.id, { code, expiresAt: activationExpiry(now) });
    await audit(tx, {
      actorId: viewer.id,
      action: 'join.decide',
      targetType: 'join_request',
      targetId: j.id,
      orgId: j.org_id,
      before: { status: 'pending' },
      after: { status: 'approved', note, memberId, roles: partyMember ? ['member'] : [] },
    });
  },
});
