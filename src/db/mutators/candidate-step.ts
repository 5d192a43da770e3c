import type { Mutator } from './types.ts';
import { chinaDate } from '../../shared/recruitment/dates.ts';
import { checkStep } from '../../shared/recruitment/rules.ts';

export const candidateStep: Mutator<'candidate.step'> = async (tx, args, { now, user }) => {
  const c = await tx.get('candidates', args.candidateId);
  if (!c || c.steps.some((s) => s.id === args.id)) return;
  if (checkStep(c, args, new Date(now))) return;
  const entry = {
    id: args.id,
    kind: args.kind,
    at: chinaDate(args.at),
    note: args.note?.trim() || null,
    by: user.id,
  };
  await tx.patch('candidates', c.id, { steps: [...c.steps, entry], updatedAt: now });
};
