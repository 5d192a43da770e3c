import type { Mutator } from './types.ts';

/** The old code is gone at once; the new one is drawn by the server and arrives with the record. */
export const memberReset: Mutator<'member.reset'> = async (tx, args, { now }) => {
  await tx.patch('memberAdmins', args.userId, {
    activated: false,
    activationCode: null,
    activationExpiresAt: null,
    updatedAt: now,
  });
};
