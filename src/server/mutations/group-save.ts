import { defineMutation, Reject } from './types.ts';
import { audit } from '../accounts/audit.ts';
import { emitServiceGroup } from '../accounts/service-groups.ts';
import { maySetLimit } from '../../shared/time-limit.ts';

/**
 * A service group's time limit (限时办结): an admin, or an organizer who is staff of the group,
 * sets how long its requests may take (docs/organisation.md, "Service groups"). The group's
 * record is published again, so every phone computes due times with the new limit.
 */
export default defineMutation({
  name: 'group.save',
  async authorize({ viewer }, args) {
    if (!maySetLimit(viewer, args.key)) {
      throw new Reject(
        'forbidden',
        "Only an administrator or an organizer of the group sets the group's time limit.",
      );
    }
  },
  async apply({ tx, viewer }, args) {
    const [g] = await tx.query<{ limit_unit: string | null; limit_amount: number | null }>(
      'SELECT limit_unit, limit_amount FROM service_groups WHERE key = $1',
      [args.key],
    );
    if (!g) throw new Reject('not_found', 'No such service group.');
    const unit = args.timeLimit?.unit ?? null;
    const amount = args.timeLimit?.amount ?? null;
    if (g.limit_unit === unit && g.limit_amount === amount) return; // the same save again
    await tx.query('UPDATE service_groups SET limit_unit = $2, limit_amount = $3 WHERE key = $1', [
      args.key,
      unit,
      amount,
    ]);
    await emitServiceGroup(tx, args.key);
    await audit(tx, {
      actorId: viewer.id,
      action: 'group.save',
      targetType: 'service_group',
      targetId: args.key,
      orgId: null,
      before: { timeLimit: g.limit_unit ? { unit: g.limit_unit, amount: g.limit_amount } : null },
      after: { timeLimit: args.timeLimit },
    });
  },
});
