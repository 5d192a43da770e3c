import { ROLES, SERVICE_GROUPS, type Role, type ServiceGroup } from '../../shared/groups.ts';

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);
const isGroup = (g: string): g is ServiceGroup => (SERVICE_GROUPS as readonly string[]).includes(g);

/** Roles as `member.roles` takes them: known ones only, once each, with `role` given or taken. */
export function withRole(roles: readonly string[], role: Role, on: boolean): Role[] {
  const set = new Set(roles.filter(isRole));
  if (on) set.add(role);
  else set.delete(role);
  return [...set];
}

/** Service groups the same way; a newer server's unknown group is dropped rather than refused. */
export function withGroup(groups: readonly string[], group: ServiceGroup | null, on: boolean) {
  const set = new Set(groups.filter(isGroup));
  if (group && on) set.add(group);
  else if (group) set.delete(group);
  return [...set];
}
