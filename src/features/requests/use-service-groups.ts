import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import type { RequestStatus } from '../../shared/mutations/requests.ts';
import type { RequestRecord, ServiceGroupRecord } from '../../shared/records.ts';

/** The service groups as the server published them, by key; undefined while loading. */
export function useServiceGroups(): Map<string, ServiceGroupRecord> | undefined {
  return useLiveQuery(async () => {
    const rows = await db.serviceGroups.toArray();
    return new Map(rows.map((g) => [g.key, g]));
  }, []);
}

const OPEN: readonly RequestStatus[] = ['submitted', 'accepted', 'in_progress'];

/**
 * Open requests that nobody can take: their group has no staff. A group this phone has no
 * record of yet (not synced) counts as unknown, not as unstaffed.
 */
export function unstaffedOpen(
  requests: readonly RequestRecord[],
  groups: ReadonlyMap<string, ServiceGroupRecord>,
): RequestRecord[] {
  return requests.filter(
    (r) => OPEN.includes(r.status) && groups.get(r.category)?.staff.length === 0,
  );
}
