import type { Mutator } from './types.ts';

/** The queue moves on at once; the activation code arrives with the server's record. */
export const joinDecide: Mutator<'join.decide'> = async (tx, args, { now, user }) => {
  const request = await tx.get('joinRequests', args.joinRequestId);
  if (!request || request.status !== 'pending') return;
  await tx.patch('joinRequests', args.joinRequestId, {
    status: args.decision === 'approve' ? 'approved' : 'rejected',
    note: args.note || null,
    decidedAt: now,
    decidedBy: user.id,
    updatedAt: now,
  });
};
