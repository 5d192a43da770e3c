import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import type { OrgRecord } from '../../shared/records.ts';

/** The name of an org from the local copy; null until the first pull has brought it. */
export function useOrgName(orgId: string | null | undefined): string | null {
  return (
    useLiveQuery(
      async () => {
        if (!orgId) return null;
        const org = await db.table<OrgRecord, string>('orgs').get(orgId);
        return org?.name ?? null;
      },
      [orgId],
      null,
    ) ?? null
  );
}
