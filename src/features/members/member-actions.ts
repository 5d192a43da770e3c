import { uuidv7 } from '../../shared/ids.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { mutate } from '../../sync/mutate.ts';

// Every administrative change is a queued mutation: it works offline and the server applies it
// once (docs/sync-protocol.md, "Mutations, v1.1"). Codes the server draws arrive with the records.

export const INVITE_DAYS = 30;
const DAY_MS = 86_400_000;

export async function createInvite(orgId: string, days = INVITE_DAYS, now = new Date()) {
  const id = uuidv7();
  const expiresAt = new Date(now.getTime() + days * DAY_MS).toISOString();
  await mutate('invite.create', { id, orgId, expiresAt });
  return id;
}

export const revokeInvite = (inviteId: string) => mutate('invite.revoke', { inviteId });

export const decideJoin = (args: MutationArgs<'join.decide'>) => mutate('join.decide', args);

export const resetMember = (userId: string) => mutate('member.reset', { userId });

export const moveMember = (userId: string, orgId: string) =>
  mutate('member.move', { userId, orgId });

export const setMemberActive = (userId: string, active: boolean) =>
  mutate('member.set_active', { userId, active });

export const setMemberRoles = (args: MutationArgs<'member.roles'>) => mutate('member.roles', args);

export const setMemberStanding = (args: MutationArgs<'member.standing'>) =>
  mutate('member.standing', args);

export async function createAccount(args: Omit<MutationArgs<'account.create'>, 'id'>) {
  const id = uuidv7();
  await mutate('account.create', { id, ...args });
  return id;
}
