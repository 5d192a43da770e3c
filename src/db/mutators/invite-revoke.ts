import type { Mutator } from './types.ts';

export const inviteRevoke: Mutator<'invite.revoke'> = async (tx, args, { now }) => {
  const invite = await tx.get('invites', args.inviteId);
  if (!invite || invite.revokedAt) return;
  await tx.patch('invites', args.inviteId, { revokedAt: now, updatedAt: now });
};
