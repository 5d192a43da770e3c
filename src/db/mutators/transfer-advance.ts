import { transferTransitionAllowed } from '../../shared/transfers/rules.ts';
import type { Mutator } from './types.ts';

/** The next step shows at once; a step out of order changes nothing (the server refuses it). */
export const transferAdvance: Mutator<'transfer.advance'> = async (tx, args, { now, user }) => {
  const t = await tx.get('transfers', args.transferId);
  if (!t || !transferTransitionAllowed(t.stage, args.to)) return;
  await tx.patch('transfers', t.id, {
    stage: args.to,
    letterNo: args.to === 'letter_issued' ? (args.letterNo ?? t.letterNo) : t.letterNo,
    placedOrgId: args.to === 'accepted' ? (args.placedOrgId ?? null) : t.placedOrgId,
    placedName:
      args.to === 'accepted' && args.placedOrgId
        ? ((await tx.get('orgs', args.placedOrgId))?.name ?? null)
        : t.placedName,
    steps: [
      ...t.steps,
      { stage: args.to, at: now, by: user.id, byName: user.name, note: args.note || null },
    ],
    updatedAt: now,
  });
  // A completed case inside the district moves the member; the server's records follow.
  if (args.to === 'completed' && t.direction === 'internal' && t.memberId && t.placedOrgId) {
    await tx.patch('memberAdmins', t.memberId, { orgId: t.placedOrgId, updatedAt: now });
  }
};
