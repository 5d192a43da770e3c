import type { Mutator } from './types.ts';

export const memberSetActive: Mutator<'member.set_active'> = async (tx, args, { now }) => {
  await tx.patch('memberAdmins', args.userId, { disabled: !args.active, updatedAt: now });
};
