import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { emitCandidate } from './candidate-data.ts';
import { chinaDate } from '../../shared/recruitment/dates.ts';
import { isValidPhone, normalizePhone } from '../../shared/org/phone.ts';

/**
 * A new candidate (入党申请人) of a branch, at stage `applicant` from the day they applied. When
 * the phone number is that of an account, the candidate is linked to it and sees their own stage.
 */
export default defineMutation({
  name: 'candidate.create',
  async authorize({ tx, viewer }, args) {
    if (!isOrganizer(viewer) || !viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject('forbidden', 'Only organizers of this branch or above keep its candidates.');
    }
    const existing = await one<{ created_by: string }>(
      tx,
      'SELECT created_by FROM candidates WHERE id = $1',
      [args.id],
    );
    if (existing && existing.created_by !== viewer.id) {
      throw new Reject('conflict', 'This id belongs to another record.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    // A create sent again (a resent queue) changes nothing (push rule 7).
    if (await one(tx, 'SELECT 1 FROM candidates WHERE id = $1', [args.id])) return;
    const org = await one<{ kind: string }>(tx, 'SELECT kind FROM orgs WHERE id = $1', [
      args.orgId,
    ]);
    if (org?.kind !== 'branch') {
      throw new Reject('invalid_request', 'Candidates are kept by a branch.');
    }
    const appliedAt = chinaDate(args.appliedAt);
    if (appliedAt > chinaDate(now)) {
      throw new Reject('invalid_request', 'An application cannot be dated in the future.');
    }
    const raw = args.phone?.trim() ? normalizePhone(args.phone) : null;
    if (raw !== null && !isValidPhone(raw)) {
      throw new Reject('invalid_request', 'The phone must be a mainland mobile number.');
    }
    const account = raw
      ? await one<{ id: string }>(tx, 'SELECT id FROM users WHERE phone = $1 OR login = $1', [raw])
      : undefined;
    await tx.query(
      `INSERT INTO candidates (id, org_id, name, phone, user_id, applied_at, created_by,
                               created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [args.id, args.orgId, args.name, raw, account?.id ?? null, appliedAt, viewer.id, now],
    );
    await emitCandidate(tx, args.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'candidate.create',
      targetType: 'candidate',
      targetId: args.id,
      orgId: args.orgId,
      after: { appliedAt, linked: !!account },
    });
  },
});
