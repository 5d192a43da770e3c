import type { Tx } from '../database/db.ts';
import { isAdmin, isOrganizer, type Viewer } from '../auth/viewer.ts';
import { one } from './records.ts';
import { Reject } from './types.ts';

export interface TargetUser {
  id: string;
  login: string;
  name: string;
  org_id: string;
  roles: string[];
  groups: string[];
  standing: string | null;
  disabled: boolean;
  activated: boolean;
}

/**
 * The account an organizer acts on (member.*): only organizers and admins administer accounts
 * (`forbidden`); an account outside their subtree is one they cannot see (`not_found`); nobody
 * administers their own account (they would lock themselves out or raise themselves), and only an
 * admin administers an admin's.
 */
export async function managedUser(tx: Tx, viewer: Viewer, userId: string): Promise<TargetUser> {
  if (!isOrganizer(viewer)) throw new Reject('forbidden', 'Only organizers administer accounts.');
  const u = await one<TargetUser>(
    tx,
    `SELECT id, login, name, org_id, roles, groups, standing, disabled, activated
       FROM users WHERE id = $1`,
    [userId],
  );
  if (!u || !viewer.managedOrgs.includes(u.org_id)) {
    throw new Reject('not_found', 'No such account in your organisation.');
  }
  if (u.id === viewer.id) throw new Reject('forbidden', 'You cannot administer your own account.');
  if (u.roles.includes('admin') && !isAdmin(viewer)) {
    throw new Reject('forbidden', "Only an administrator administers an administrator's account.");
  }
  return u;
}

/**
 * Giving or taking roles and service groups: an admin may change any; anyone else only the roles
 * and groups they hold themselves, and never `admin`. Groups matter as much as roles: a service
 * group shows its requests from the whole district.
 */
export function checkGrant(
  viewer: Viewer,
  before: { roles: string[]; groups: string[] },
  after: { roles: string[]; groups: string[] },
): void {
  const changed = (a: string[], b: string[]) => [
    ...a.filter((x) => !b.includes(x)),
    ...b.filter((x) => !a.includes(x)),
  ];
  const roles = changed(before.roles, after.roles);
  const groups = changed(before.groups, after.groups);
  if (isAdmin(viewer)) return;
  if (roles.includes('admin')) {
    throw new Reject('forbidden', 'Only an administrator gives or takes the admin role.');
  }
  const notHeld = roles.filter((r) => !viewer.roles.includes(r));
  if (notHeld.length) {
    throw new Reject(
      'forbidden',
      `You cannot give or take a role you do not hold: ${notHeld.join(', ')}.`,
    );
  }
  const groupsNotHeld = groups.filter((g) => !viewer.groups.includes(g));
  if (groupsNotHeld.length) {
    throw new Reject(
      'forbidden',
      `You cannot give or take a service group you are not in: ${groupsNotHeld.join(', ')}.`,
    );
  }
}

/** Service groups are the staff's: an account without the staff role belongs to none. */
export function checkGroupsNeedStaff(roles: string[], groups: string[]): void {
  if (groups.length && !roles.includes('staff')) {
    throw new Reject('invalid_request', 'Only staff accounts belong to service groups.');
  }
}

export const dedupe = <T>(xs: readonly T[]) => [...new Set(xs)];
