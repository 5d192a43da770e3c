import type { Mutator } from './types.ts';

export const memberStanding: Mutator<'member.standing'> = async (tx, args, { now }) => {
  await tx.patch('memberAdmins', args.userId, { standing: args.standing, updatedAt: now });
};
