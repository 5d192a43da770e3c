import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../db/db.ts';
import type { FirmRecord } from '../../shared/org/records.ts';
import type { OrgRecord } from '../../shared/records.ts';
import { useSession } from '../../sync/session.ts';
import { mergeAccounts, type Account } from './accounts.ts';
import { descendantsOf } from './org-tree-model.ts';

export interface AdminData {
  orgs: OrgRecord[];
  accounts: Account[];
  firms: FirmRecord[];
}

/** Everything the admin screens derive their views from, read live from the phone's tables. */
export function useAdminData(): AdminData | undefined {
  return useLiveQuery(async () => {
    const [orgs, users, admins, firms] = await Promise.all([
      db.orgs.toArray(),
      db.users.toArray(),
      db.memberAdmins.toArray(),
      db.firms.toArray(),
    ]);
    return { orgs, accounts: mergeAccounts(users, admins), firms };
  }, []);
}

export interface Viewer {
  id: string;
  name: string;
  orgId: string;
  isAdmin: boolean;
  isOrganizer: boolean;
  roles: string[];
}

/** Who is looking and what they manage: their org and everything below it. */
export function useViewer(orgs: readonly OrgRecord[] | undefined) {
  const { user, ready } = useSession();
  const managed = useMemo(
    () => (user && orgs ? descendantsOf(orgs, user.orgId) : new Set<string>()),
    [user, orgs],
  );
  const viewer: Viewer | null = user
    ? {
        id: user.id,
        name: user.name,
        orgId: user.orgId,
        roles: user.roles,
        isAdmin: user.roles.includes('admin'),
        isOrganizer: user.roles.includes('organizer') || user.roles.includes('admin'),
      }
    : null;
  return { viewer, managed, ready };
}
