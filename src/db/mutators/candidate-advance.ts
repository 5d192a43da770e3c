import type { Mutator } from './types.ts';
import { chinaDate } from '../../shared/recruitment/dates.ts';
import { checkAdvance, contactsAfter } from '../../shared/recruitment/rules.ts';

const FIELD = {
  activist: 'activistAt',
  target: 'targetAt',
  probationary: 'probationaryAt',
  full: 'fullAt',
} as const;

/**
 * The step shows at once when the shared rules allow it (the screen checked them before queueing;
 * this re-check matters when the queue is replayed over newer server state). A step the rules
 * refuse changes nothing here: the server will refuse it too, and the app shows why.
 */
export const candidateAdvance: Mutator<'candidate.advance'> = async (tx, args, { now, user }) => {
  const c = await tx.get('candidates', args.candidateId);
  if (!c || args.to === 'applicant') return;
  const at = chinaDate(args.at);
  if (c.stage === args.to) return;
  // People the phone does not hold are the server's to judge.
  if (checkAdvance(c, args, () => 'unknown', new Date(now))) return;
  await tx.patch('candidates', c.id, {
    stage: args.to,
    [FIELD[args.to]]: at,
    contacts: args.to === 'activist' || args.to === 'target' ? contactsAfter(c, args) : c.contacts,
    introducers: args.to === 'probationary' ? [...(args.introducers ?? [])] : c.introducers,
    history: [...c.history, { to: args.to, at, note: args.note?.trim() || null, by: user.id }],
    updatedAt: now,
  });
};
