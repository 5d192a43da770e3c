import type { MemberAdminRecord } from '../../shared/org/records.ts';
import type { Standing } from '../../shared/org/kinds.ts';
import type { UserRecord } from '../../shared/records.ts';

/** One account as the admin screens see it: the organizer's record when pulled, else the user's. */
export interface Account {
  id: string;
  orgId: string;
  name: string;
  login: string;
  roles: string[];
  groups: string[];
  standing: Standing | null;
  disabled: boolean;
}

/**
 * `member_admin` carries standing and disabled and reaches organizers above the account; `user`
 * records fill in accounts whose admin record has not arrived (e.g. right after a move).
 */
export function mergeAccounts(
  users: readonly Pick<UserRecord, 'id' | 'orgId' | 'name' | 'login' | 'roles' | 'groups'>[],
  admins: readonly Pick<
    MemberAdminRecord,
    'id' | 'orgId' | 'name' | 'login' | 'roles' | 'groups' | 'standing' | 'disabled'
  >[],
): Account[] {
  const out = new Map<string, Account>();
  for (const u of users) {
    out.set(u.id, { ...pick(u), standing: null, disabled: false });
  }
  for (const a of admins) {
    out.set(a.id, { ...pick(a), standing: a.standing, disabled: a.disabled });
  }
  return [...out.values()];
}

function pick(r: Pick<UserRecord, 'id' | 'orgId' | 'name' | 'login' | 'roles' | 'groups'>) {
  return {
    id: r.id,
    orgId: r.orgId,
    name: r.name,
    login: r.login,
    roles: [...r.roles],
    groups: [...r.groups],
  };
}

export const hasRole = (a: Pick<Account, 'roles'>, role: string) => a.roles.includes(role);
