import type { TFunction } from 'i18next';
import { SERVICE_GROUPS, type ServiceGroup } from '../../shared/groups.ts';

export const isServiceGroup = (g: string): g is ServiceGroup =>
  (SERVICE_GROUPS as readonly string[]).includes(g);

/** The group's name in the user's language; an unknown key (a newer server) shows as it is. */
export function groupName(t: TFunction<'requests'>, group: string): string {
  return isServiceGroup(group) ? t(`groups.${group}.name`) : group;
}
