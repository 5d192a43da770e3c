import type { Mutator } from './types.ts';

export const firmAssign: Mutator<'firm.assign'> = async (tx, args, { now }) => {
  await tx.patch('firms', args.firmId, { instructorId: args.instructorId, updatedAt: now });
};
