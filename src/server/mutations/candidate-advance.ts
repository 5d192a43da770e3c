import { defineMutation, Reject } from './types.ts';
import { audit } from '../accounts/audit.ts';
import { emitCandidate, managedCandidate, peopleLookup } from './candidate-data.ts';
import { chinaDate } from '../../shared/recruitment/dates.ts';
import { checkAdvance, contactsAfter, stageDate } from '../../shared/recruitment/rules.ts';

const COLUMN = {
  activist: 'activist_at',
  target: 'target_at',
  probationary: 'probationary_at',
  full: 'full_at',
} as const;

/**
 * One stage forward (organizer of the branch or above). The rules are the shared ones the phone
 * ran before queueing the step (src/shared/recruitment/rules.ts); here they decide.
 */
export default defineMutation({
  name: 'candidate.advance',
  async authorize({ tx, viewer }, args) {
    await managedCandidate(tx, viewer, args.candidateId);
  },
  async apply({ tx, viewer, now }, args) {
    const c = await managedCandidate(tx, viewer, args.candidateId);
    const at = chinaDate(args.at);
    // The same step sent again (a queue resent under a new clientId) changes nothing.
    if (c.stage === args.to && stageDate(c, args.to) === at) return;
    if (args.to === 'applicant') {
      throw new Reject('invalid_transition', 'A candidate never goes back to applicant.');
    }
    const named = [...c.contacts, ...(args.contacts ?? []), ...(args.introducers ?? [])];
    const refusal = checkAdvance(c, args, await peopleLookup(tx, named), now);
    if (refusal) throw new Reject(refusal.code, refusal.message);
    const contacts =
      args.to === 'activist' || args.to === 'target' ? contactsAfter(c, args) : c.contacts;
    const introducers = args.to === 'probationary' ? [...(args.introducers ?? [])] : c.introducers;
    const entry = { to: args.to, at, note: args.note?.trim() || null, by: viewer.id };
    await tx.query(
      `UPDATE candidates SET stage = $2, ${COLUMN[args.to]} = $3, contacts = $4::uuid[],
              introducers = $5::uuid[], history = history || $6::jsonb, updated_at = $7
        WHERE id = $1`,
      [c.id, args.to, at, contacts, introducers, JSON.stringify([entry]), now],
    );
    await emitCandidate(tx, c.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'candidate.advance',
      targetType: 'candidate',
      targetId: c.id,
      orgId: c.orgId,
      before: { stage: c.stage },
      after: { stage: args.to, at },
    });
  },
});
