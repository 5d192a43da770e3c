import { defineMutation, Reject } from './types.ts';
import { audit } from '../accounts/audit.ts';
import { emitCandidate, managedCandidate } from './candidate-data.ts';
import { chinaDate } from '../../shared/recruitment/dates.ts';
import { checkStep } from '../../shared/recruitment/rules.ts';

/**
 * A dated step inside a stage: the talk with an applicant, an activist's half-yearly review, a
 * development target's political review and training. Its id makes a resend change nothing.
 */
export default defineMutation({
  name: 'candidate.step',
  async authorize({ tx, viewer }, args) {
    await managedCandidate(tx, viewer, args.candidateId);
  },
  async apply({ tx, viewer, now }, args) {
    const c = await managedCandidate(tx, viewer, args.candidateId);
    if (c.steps.some((s) => s.id === args.id)) return;
    const refusal = checkStep(c, args, now);
    if (refusal) throw new Reject(refusal.code, refusal.message);
    const at = chinaDate(args.at);
    const entry = {
      id: args.id,
      kind: args.kind,
      at,
      note: args.note?.trim() || null,
      by: viewer.id,
    };
    await tx.query(
      `UPDATE candidates SET steps = steps || $2::jsonb, updated_at = $3 WHERE id = $1`,
      [c.id, JSON.stringify([entry]), now],
    );
    await emitCandidate(tx, c.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'candidate.step',
      targetType: 'candidate',
      targetId: c.id,
      orgId: c.orgId,
      after: { kind: args.kind, at },
    });
  },
});
