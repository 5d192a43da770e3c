import type { Mutator } from './types.ts';
import { maySetLimit } from '../../shared/time-limit.ts';

/** The group's new time limit, shown at once; the server republishes the record. */
export const groupSave: Mutator<'group.save'> = async (tx, args, { now, user }) => {
  if (!maySetLimit(user, args.key)) return;
  const group = await tx.findBy('serviceGroups', 'key', args.key);
  if (!group) return;
  await tx.patch('serviceGroups', group.id, { timeLimit: args.timeLimit, updatedAt: now });
};
