import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import { mayPublishAt } from '../../shared/notices/rules.ts';
import type { SessionUser } from '../../shared/protocol.ts';

export interface PublishOrg {
  id: string;
  name: string;
  depth: number;
}

/**
 * The orgs this user may publish at (src/shared/notices/rules.ts): their own and every one below
 * it that the phone holds, in tree order, indented by depth for the picker.
 */
export function usePublishOrgs(user: SessionUser | null): PublishOrg[] | undefined {
  return useLiveQuery(async () => {
    if (!user) return [];
    const orgs = await db.orgs.toArray();
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const pathOf = (id: string): string[] => {
      const path: string[] = [];
      for (
        let o = byId.get(id);
        o && path.length < 32;
        o = o.parentId ? byId.get(o.parentId) : undefined
      )
        path.unshift(o.id);
      return path;
    };
    const allowed = orgs.filter((o) => mayPublishAt(user.roles, user.orgId, pathOf(o.id)));
    const own = pathOf(user.orgId).length;
    return allowed
      .map((o) => ({ o, path: pathOf(o.id).map((id) => byId.get(id)?.name ?? '') }))
      .sort((a, b) => a.path.join('\u0000').localeCompare(b.path.join('\u0000'), 'zh-CN'))
      .map(({ o, path }) => ({ id: o.id, name: o.name, depth: Math.max(0, path.length - own) }));
  }, [user?.id, user?.orgId, user?.roles.join(',')]);
}

/** Org names, for the "to" line of a published notice. */
export function useOrgName(id: string | null): string | undefined {
  return useLiveQuery(async () => (id ? (await db.orgs.get(id))?.name : undefined), [id]);
}
