import type { Mutator } from './types.ts';

export const memberMove: Mutator<'member.move'> = async (tx, args, { now }) => {
  await tx.patch('memberAdmins', args.userId, { orgId: args.orgId, updatedAt: now });
  await tx.patch('users', args.userId, { orgId: args.orgId });
};
