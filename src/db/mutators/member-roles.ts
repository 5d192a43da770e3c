import type { Mutator } from './types.ts';

export const memberRoles: Mutator<'member.roles'> = async (tx, args, { now }) => {
  const roles = [...args.roles];
  const groups = [...args.groups];
  await tx.patch('memberAdmins', args.userId, { roles, groups, updatedAt: now });
  await tx.patch('users', args.userId, { roles, groups });
};
