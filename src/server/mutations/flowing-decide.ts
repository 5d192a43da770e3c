import { defineMutation, Reject } from './types.ts';
import type { MutationContext } from './types.ts';
import { audit } from '../accounts/audit.ts';
import { emitFlowing, loadFlowing, manages } from './transfer-data.ts';
import { flowingNext } from '../../shared/transfers/rules.ts';

/** The registration the viewer may act on: its member, or an organizer of the host or above. */
async function reachable(ctx: MutationContext, id: string) {
  const f = await loadFlowing(ctx.tx, id);
  if (!f || (f.user_id !== ctx.viewer.id && !manages(ctx.viewer, f.host_org_id))) {
    throw new Reject('not_found', 'No such flowing registration.');
  }
  return f;
}

/**
 * The host branch's organizer confirms or rejects a registration; the organizer or the member
 * ends it. Confirming (and ending) changes what the member sees: their pull answers `reset`
 * (docs/sync-protocol.md pull rule 5) through the visibility hash (src/server/auth/viewer.ts).
 */
export default defineMutation({
  name: 'flowing.decide',
  async authorize(ctx, args) {
    const f = await reachable(ctx, args.registrationId);
    if (args.decision !== 'end' && !manages(ctx.viewer, f.host_org_id)) {
      throw new Reject('forbidden', 'Only the host branch’s organizers confirm a flowing member.');
    }
  },
  async apply(ctx, args) {
    const { tx, viewer, now } = ctx;
    const f = await reachable(ctx, args.registrationId);
    const next = flowingNext(f.status, args.decision);
    if (!next) {
      throw new Reject(
        'invalid_transition',
        `A ${f.status} registration cannot be ${args.decision}ed.`,
      );
    }
    await tx.query(
      `UPDATE flowing_members SET status = $2, note = coalesce($3, note), decided_by = $4,
              decided_at = $5, updated_at = $5 WHERE id = $1`,
      [f.id, next, args.note || null, viewer.id, now],
    );
    await emitFlowing(tx, f.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'flowing.decide',
      targetType: 'flowing',
      targetId: f.id,
      orgId: f.host_org_id,
      before: { status: f.status },
      after: { status: next, note: args.note || null },
    });
  },
});
