import type { Mutator } from './types.ts';

/** The case shows at once at its first step; the server fills in what the phone cannot know. */
export const transferCreate: Mutator<'transfer.create'> = async (tx, args, { now, user }) => {
  if (await tx.get('transfers', args.id)) return;
  const member = args.memberId ? await tx.get('memberAdmins', args.memberId) : undefined;
  await tx.put('transfers', {
    id: args.id,
    direction: args.direction,
    memberId: args.memberId ?? null,
    memberName: member?.name ?? args.memberName ?? '',
    fromOrgId: args.fromOrgId ?? null,
    fromText: args.fromText || null,
    toOrgId: args.toOrgId ?? null,
    toText: args.toText || null,
    fromName: args.fromOrgId ? ((await tx.get('orgs', args.fromOrgId))?.name ?? null) : null,
    toName: args.toOrgId ? ((await tx.get('orgs', args.toOrgId))?.name ?? null) : null,
    placedName: null,
    stage: 'requested',
    letterNo: null,
    placedOrgId: null,
    note: args.note || null,
    steps: [
      { stage: 'requested', at: now, by: user.id, byName: user.name, note: args.note || null },
    ],
    userId: user.id,
    createdAt: now,
    updatedAt: now,
  });
};
