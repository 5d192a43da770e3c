import { normalizePhone } from '../../shared/org/phone.ts';
import type { Mutator } from './types.ts';

/** The account shows in the list at once, waiting for its activation code from the server. */
export const accountCreate: Mutator<'account.create'> = async (tx, args, { now }) => {
  if (await tx.get('memberAdmins', args.id)) return;
  const phone = normalizePhone(args.phone);
  await tx.put('memberAdmins', {
    id: args.id,
    userId: args.id,
    orgId: args.orgId,
    login: phone,
    name: args.name,
    phone,
    roles: [...args.roles],
    groups: [...args.groups],
    standing: args.standing ?? null,
    joinedAt: null,
    disabled: false,
    activated: false,
    activationCode: null,
    activationExpiresAt: null,
    createdAt: now,
    updatedAt: now,
  });
};
