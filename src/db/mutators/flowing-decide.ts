import { flowingNext } from '../../shared/transfers/rules.ts';
import type { Mutator } from './types.ts';

/** The same rule as the server's: a decision the status does not allow changes nothing here. */
export const flowingDecide: Mutator<'flowing.decide'> = async (tx, args, { now, user }) => {
  const f = await tx.get('flowing', args.registrationId);
  if (!f) return;
  const next = flowingNext(f.status, args.decision);
  if (!next) return;
  await tx.patch('flowing', f.id, {
    status: next,
    note: args.note || f.note,
    decidedBy: user.id,
    decidedAt: now,
    updatedAt: now,
  });
};
