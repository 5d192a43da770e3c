import { defineMutation, Reject } from './types.ts';
import { one, requireMember } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { emitFlowing, orgKind } from './transfer-data.ts';
import { flowingDatesProblem } from '../../shared/transfers/rules.ts';

/**
 * A member registers as a flowing member (流动党员) at the branch where they now work. It waits
 * for that branch's organizer (`flowing.decide`); until then nothing of the host branch is shown.
 */
export default defineMutation({
  name: 'flowing.register',
  async authorize({ tx, viewer }, args) {
    requireMember(viewer, 'Only members register as flowing members.');
    const existing = await one<{ user_id: string }>(
      tx,
      'SELECT user_id FROM flowing_members WHERE id = $1',
      [args.id],
    );
    if (existing && existing.user_id !== viewer.id) {
      throw new Reject('conflict', 'This id belongs to another record.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    // A create sent again changes nothing (push rule 7).
    if (await one(tx, 'SELECT 1 FROM flowing_members WHERE id = $1', [args.id])) return;
    const host = await orgKind(tx, args.hostOrgId);
    if (host?.kind !== 'branch') {
      throw new Reject('invalid_request', 'A flowing member registers at a branch.');
    }
    const own = await orgKind(tx, viewer.orgId);
    if (own?.path.includes(args.hostOrgId) || host.path.includes(viewer.orgId)) {
      throw new Reject('invalid_request', 'You already belong to this branch.');
    }
    const problem = flowingDatesProblem(args.since, args.until);
    if (problem) {
      throw new Reject('invalid_request', 'The dates are not right: "until" comes after "since".');
    }
    const open = await one(
      tx,
      `SELECT 1 FROM flowing_members WHERE user_id = $1 AND status IN ('pending', 'confirmed')`,
      [viewer.id],
    );
    if (open) {
      throw new Reject(
        'conflict',
        'You already have a flowing registration; end it before registering elsewhere.',
      );
    }
    await tx.query(
      `INSERT INTO flowing_members (id, user_id, host_org_id, home_org, since, until, contact, status,
                                    created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $8)`,
      [
        args.id,
        viewer.id,
        args.hostOrgId,
        args.homeOrg,
        args.since,
        args.until ?? null,
        args.contact,
        now,
      ],
    );
    await emitFlowing(tx, args.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'flowing.register',
      targetType: 'flowing',
      targetId: args.id,
      orgId: args.hostOrgId,
      after: { homeOrg: args.homeOrg, since: args.since, until: args.until ?? null },
    });
  },
});
