import { defineMutation, Reject } from './types.ts';
import type { MutationContext } from './types.ts';
import { audit } from '../accounts/audit.ts';
import { emitMemberAdmin, emitUser } from '../accounts/users.ts';
import { one } from './records.ts';
import { emitTransfer, loadTransfer, manages, orgKind } from './transfer-data.ts';
import {
  STEP_SIDE,
  transferTransitionAllowed,
  type TransferStep,
} from '../../shared/transfers/rules.ts';

/** The case, if the viewer organizes either side; the member sees it but does not act. */
async function reachable(ctx: MutationContext, id: string) {
  const t = await loadTransfer(ctx.tx, id);
  const { viewer } = ctx;
  if (!t) throw new Reject('not_found', 'No such transfer.');
  if (manages(viewer, t.from_org_id) || manages(viewer, t.to_org_id)) return t;
  if (t.member_id === viewer.id) {
    throw new Reject('forbidden', 'Organizers record the steps of your transfer.');
  }
  throw new Reject('not_found', 'No such transfer.');
}

/**
 * Records a transfer's next step (docs/organisation.md, "Transfers"): the sending side approves and
 * issues the letter (with its number), the receiving side accepts, placing the member in a branch,
 * and returns the receipt. A step of a side outside the district is recorded by the side inside.
 * When an internal case completes, the member's account moves to the branch they were placed in,
 * as `member.move` does: their own records stay theirs, and their next pull answers `reset`.
 */
export default defineMutation({
  name: 'transfer.advance',
  async authorize(ctx, args) {
    const t = await reachable(ctx, args.transferId);
    if (args.to === 'cancelled') return;
    const side = STEP_SIDE[args.to];
    const own = side === 'from' ? t.from_org_id : t.to_org_id;
    const acting = own ?? (side === 'from' ? t.to_org_id : t.from_org_id);
    if (!manages(ctx.viewer, acting)) {
      throw new Reject(
        'forbidden',
        side === 'from'
          ? 'The sending branch records this step.'
          : 'The receiving branch records this step.',
      );
    }
  },
  async apply(ctx, args) {
    const { tx, viewer, now } = ctx;
    const t = await reachable(ctx, args.transferId);
    if (!transferTransitionAllowed(t.stage, args.to)) {
      throw new Reject('invalid_transition', `A ${t.stage} transfer cannot move to ${args.to}.`);
    }
    let letterNo = t.letter_no;
    let placed = t.placed_org_id;
    if (args.to === 'letter_issued') {
      if (!args.letterNo) throw new Reject('invalid_request', 'The letter needs its number.');
      letterNo = args.letterNo;
    }
    if (args.to === 'accepted') {
      if (t.direction === 'out') {
        if (args.placedOrgId) {
          throw new Reject('invalid_request', 'A branch outside the district places the member.');
        }
      } else {
        const p = args.placedOrgId ? await orgKind(tx, args.placedOrgId) : undefined;
        if (!p || !['branch', 'group'].includes(p.kind) || !p.path.includes(t.to_org_id!)) {
          throw new Reject(
            'invalid_request',
            'Place the member in the receiving branch or one of its groups.',
          );
        }
        placed = args.placedOrgId!;
      }
    }
    const steps: TransferStep[] = [
      ...t.steps,
      {
        stage: args.to,
        at: now.toISOString(),
        by: viewer.id,
        byName: viewer.name,
        note: args.note || null,
      },
    ];
    await tx.query(
      `UPDATE transfers SET stage = $2, letter_no = $3, placed_org_id = $4, steps = $5::jsonb,
              updated_at = $6 WHERE id = $1`,
      [t.id, args.to, letterNo, placed, JSON.stringify(steps), now],
    );
    if (args.to === 'completed' && t.direction === 'internal' && t.member_id && placed) {
      const m = await one<{ org_id: string }>(tx, 'SELECT org_id FROM users WHERE id = $1', [
        t.member_id,
      ]);
      if (m && m.org_id !== placed) {
        await tx.query('UPDATE users SET org_id = $2, updated_at = $3 WHERE id = $1', [
          t.member_id,
          placed,
          now,
        ]);
        await emitUser(tx, t.member_id);
        await emitMemberAdmin(tx, t.member_id);
        await audit(tx, {
          actorId: viewer.id,
          action: 'member.move',
          targetType: 'user',
          targetId: t.member_id,
          orgId: placed,
          before: { orgId: m.org_id },
          after: { orgId: placed, transferId: t.id },
        });
      }
    }
    await emitTransfer(tx, t.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'transfer.advance',
      targetType: 'transfer',
      targetId: t.id,
      orgId: t.from_org_id ?? t.to_org_id,
      before: { stage: t.stage },
      after: { stage: args.to, letterNo, placedOrgId: placed },
    });
  },
});
