import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import { currentUserId } from '../../db/current-user.ts';
import type { RequestStatus } from '../../shared/mutations/requests.ts';
import { compareIso } from '../../shared/compare.ts';

/** The signed-in member's own requests, newest first. */
export function useMyRequests() {
  return useLiveQuery(async () => {
    const uid = await currentUserId(db);
    if (!uid) return [];
    const rows = await db.requests.where('userId').equals(uid).toArray();
    return rows.sort((a, b) => compareIso(b.createdAt, a.createdAt));
  }, []);
}

/** Every request on this phone: the server only sends those the user may see (pull rule 2). */
export function useAllRequests() {
  return useLiveQuery(() => db.requests.toArray(), []);
}

export function useRequest(id: string | undefined) {
  return useLiveQuery(async () => (id ? ((await db.requests.get(id)) ?? null) : null), [id]);
}

/** Steps in the order the status graph allows them, for entries stamped in the same instant. */
const STEP: Record<RequestStatus, number> = {
  submitted: 0,
  accepted: 1,
  in_progress: 2,
  resolved: 3,
  rejected: 3,
  cancelled: 3,
};

export function useRequestEvents(requestId: string) {
  return useLiveQuery(async () => {
    const rows = await db.requestEvents
      .where('[requestId+createdAt]')
      .between([requestId, ''], [requestId, '\uffff'])
      .toArray();
    // Several steps pushed together share the server's timestamp of that push.
    return rows.sort((a, b) => compareIso(a.createdAt, b.createdAt) || STEP[a.to] - STEP[b.to]);
  }, [requestId]);
}

export function useRequestComments(requestId: string) {
  return useLiveQuery(
    () =>
      db.requestComments
        .where('[requestId+createdAt]')
        .between([requestId, ''], [requestId, '\uffff'])
        .toArray(),
    [requestId],
  );
}

export function useOrgs() {
  return useLiveQuery(() => db.orgs.toArray(), []);
}
