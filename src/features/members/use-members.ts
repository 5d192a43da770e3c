import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import { useSession } from '../../sync/session.ts';
import { managedOrgs } from './managed-orgs.ts';

export const mayManage = (roles: readonly string[] | undefined) =>
  !!roles && (roles.includes('organizer') || roles.includes('admin'));

/** Who is signed in and the nodes they manage (their org and below), from the local tree. */
export function useManaged() {
  const { user, ready } = useSession();
  const orgs = useLiveQuery(() => db.orgs.toArray(), []);
  const managed = orgs ? managedOrgs(orgs, user?.orgId) : undefined;
  return { user, ready, allowed: mayManage(user?.roles), orgs: orgs ?? [], managed };
}

/** Every account the device holds for administration (pull sends only the managed ones). */
export const useMemberAdmins = () => useLiveQuery(() => db.memberAdmins.toArray(), []);

export const useMemberAdmin = (id: string | undefined) =>
  useLiveQuery(() => (id ? db.memberAdmins.get(id) : undefined), [id]);

export const useInvites = (orgId: string | undefined) =>
  useLiveQuery(() => (orgId ? db.invites.where('orgId').equals(orgId).toArray() : []), [orgId]);

export const useJoinRequests = () =>
  useLiveQuery(() => db.joinRequests.orderBy('createdAt').reverse().toArray(), []);

export const usePendingJoinCount = () =>
  useLiveQuery(() => db.joinRequests.where('status').equals('pending').count(), []);
