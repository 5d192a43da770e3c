import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import { useSession } from '../../sync/session.ts';
import { chinaDate } from '../../shared/recruitment/dates.ts';
import type { OrgRecord } from '../../shared/records.ts';

export const mayManage = (roles: readonly string[] | undefined) =>
  !!roles && (roles.includes('organizer') || roles.includes('admin'));

/** Today in China: every due date is counted against it. */
export const today = () => chinaDate(new Date());

/** The branches a user manages (their own org and below), from the local tree. */
export function managedBranches(orgs: readonly OrgRecord[], rootId: string | undefined) {
  if (!rootId) return [];
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const under = (o: OrgRecord) => {
    for (let p: OrgRecord | undefined = o; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
      if (p.id === rootId) return true;
    }
    return false;
  };
  return orgs
    .filter((o) => o.kind === 'branch' && under(o))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** Who is signed in, whether they may see recruitment, and the branches they manage. */
export function useRecruitmentScope() {
  const { user, ready } = useSession();
  const orgs = useLiveQuery(() => db.orgs.toArray(), []);
  return {
    user,
    ready: ready && orgs !== undefined,
    allowed: mayManage(user?.roles),
    orgs: orgs ?? [],
    branches: managedBranches(orgs ?? [], user?.orgId),
  };
}

/** Every candidate the device holds (pull sends only those of managed branches). */
export const useCandidates = () => useLiveQuery(() => db.candidates.toArray(), []);

/** One candidate; null once the lookup found nothing. */
export const useCandidate = (id: string | undefined) =>
  useLiveQuery(async () => (id ? ((await db.candidates.get(id)) ?? null) : null), [id]);

/** The accounts an organizer may name as contacts or introducers: members the device holds. */
export const useMembersToName = () =>
  useLiveQuery(
    () =>
      db.memberAdmins
        .filter((m) => m.roles.includes('member') && !m.disabled)
        .toArray()
        .then((list) => list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))),
    [],
  );

/** The signed-in user's own stage, when they are a candidate with an account. */
export const useMyStage = (userId: string | undefined) =>
  useLiveQuery(
    () => (userId ? db.candidateStages.where('userId').equals(userId).first() : undefined),
    [userId],
  );
