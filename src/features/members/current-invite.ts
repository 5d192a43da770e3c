import type { InviteRecord } from '../../shared/org/records.ts';

/**
 * The invite to show for a branch: the newest one neither revoked nor expired. One made offline
 * (empty code until the server draws it) counts, so the screen says it is on its way.
 */
export function currentInvite<I extends InviteRecord>(
  invites: readonly I[],
  now: Date,
): I | undefined {
  const at = now.getTime();
  return invites
    .filter((i) => !i.revokedAt && Date.parse(i.expiresAt) > at)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))[0];
}
