import type { Mutator } from './types.ts';

/**
 * The code itself is drawn by the server (it must be unguessable and unique), so an invite made
 * offline shows as waiting until it syncs: the row has an empty code until then.
 */
export const inviteCreate: Mutator<'invite.create'> = async (tx, args, { now, user }) => {
  if (await tx.get('invites', args.id)) return;
  await tx.put('invites', {
    id: args.id,
    orgId: args.orgId,
    code: '',
    expiresAt: args.expiresAt,
    revokedAt: null,
    userId: user.id,
    uses: 0,
    createdAt: now,
    updatedAt: now,
  });
};
