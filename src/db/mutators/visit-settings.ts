import type { Mutator } from './types.ts';

export const visitSettings: Mutator<'visit.settings'> = async (tx, args, { now }) => {
  const current = await tx.get('visitSettings', args.orgId);
  await tx.put('visitSettings', {
    id: args.orgId,
    orgId: args.orgId,
    intervalDays: args.intervalDays,
    questions: args.questions,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  });
};
