import type { Mutator } from './types.ts';

/** The registration shows at once as waiting for the host branch's organizer. */
export const flowingRegister: Mutator<'flowing.register'> = async (tx, args, { now, user }) => {
  if (await tx.get('flowing', args.id)) return;
  await tx.put('flowing', {
    id: args.id,
    userId: user.id,
    memberName: user.name,
    hostOrgId: args.hostOrgId,
    hostName: (await tx.get('orgs', args.hostOrgId))?.name ?? '',
    homeOrg: args.homeOrg,
    since: args.since,
    until: args.until ?? null,
    contact: args.contact,
    status: 'pending',
    note: null,
    decidedBy: null,
    decidedAt: null,
    createdAt: now,
    updatedAt: now,
  });
};
