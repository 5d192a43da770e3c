import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import type { SessionUser } from '../../shared/protocol.ts';
import type { ListItemRecord, ListPublicationRecord } from '../../shared/lists/records.ts';
import { isParkKind, quarterRange, type ListSource } from '../../shared/lists/rules.ts';
import { compareIso } from '../../shared/compare.ts';

export type ListItemRow = ListItemRecord & { pending?: boolean };
export type PublicationRow = ListPublicationRecord & { pending?: boolean };

/** Every published snapshot this phone holds (pull sends those of the user's parks), newest first. */
export function usePublications(): PublicationRow[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.listPublications.toArray();
    return rows.sort((a, b) =>
      a.quarter === b.quarter ? a.orgName.localeCompare(b.orgName) : a.quarter < b.quarter ? 1 : -1,
    );
  }, []);
}

export interface Park {
  id: string;
  name: string;
}

const isLeader = (roles: readonly string[]) =>
  roles.includes('organizer') || roles.includes('admin');

/**
 * The parks whose lists this user works on: for organizers and admins the committees and grids
 * of their subtree; for staff the parks of the items their groups see, and their own park.
 */
export function useWorkParks(user: SessionUser | null): Park[] | undefined {
  return useLiveQuery(async () => {
    if (!user) return [];
    const orgs = await db.orgs.toArray();
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const parks = new Map<string, string>();
    const within = (id: string) => {
      for (let o = byId.get(id); o; o = o.parentId ? byId.get(o.parentId) : undefined) {
        if (o.id === user.orgId) return true;
      }
      return false;
    };
    for (const o of orgs) {
      if (!isParkKind(o.kind)) continue;
      if (
        (isLeader(user.roles) && within(o.id)) ||
        (user.roles.includes('staff') && o.id === user.orgId)
      )
        parks.set(o.id, o.name);
    }
    for (const i of await db.listItems.toArray())
      if (!parks.has(i.orgId)) parks.set(i.orgId, i.orgName);
    const depth = (id: string) => {
      let n = 0;
      for (let o = byId.get(id); o?.parentId; o = byId.get(o.parentId)) n++;
      return n;
    };
    return [...parks].map(([id, name]) => ({ id, name })).sort((a, b) => depth(a.id) - depth(b.id));
  }, [user?.id, user?.orgId, user?.roles.join()]);
}

/** The working items of a park's quarter. */
export function useListItems(
  orgId: string | undefined,
  quarter: string,
): ListItemRow[] | undefined {
  return useLiveQuery(async () => {
    if (!orgId) return [];
    const rows = await db.listItems.where('[orgId+quarter]').equals([orgId, quarter]).toArray();
    return rows.sort((a, b) => compareIso(a.createdAt, b.createdAt));
  }, [orgId, quarter]);
}

export function usePublication(orgId: string | undefined, quarter: string) {
  return useLiveQuery(
    async () =>
      orgId
        ? ((await db.listPublications.where('[orgId+quarter]').equals([orgId, quarter]).first()) ??
          null)
        : null,
    [orgId, quarter],
  );
}

export interface Candidate {
  sourceType: ListSource;
  sourceId: string;
  kind: 'need' | 'activity';
  title: string;
  description: string;
  category: string | null;
  startsAt: string | null;
  venue: string | null;
}

/**
 * What the organizer may take into the lists: open service requests of the park's members, and
 * the park's party days and scheduled lessons of the quarter, which are not on the lists yet.
 */
export function useCandidates(orgId: string | undefined, quarter: string): Candidate[] | undefined {
  return useLiveQuery(async () => {
    const range = quarterRange(quarter);
    if (!orgId || !range) return [];
    const orgs = await db.orgs.toArray();
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const inPark = (id: string) => {
      for (let o = byId.get(id); o; o = o.parentId ? byId.get(o.parentId) : undefined) {
        if (o.id === orgId) return true;
      }
      return false;
    };
    const start = range.start.toISOString();
    const end = range.end.toISOString();
    const inQuarter = (at: string | null) => !!at && at >= start && at < end;
    const taken = new Set(
      (await db.listItems.where('[orgId+quarter]').equals([orgId, quarter]).toArray()).map(
        (i) => i.sourceId,
      ),
    );
    const out: Candidate[] = [];
    for (const r of await db.requests.toArray()) {
      if (!['submitted', 'accepted', 'in_progress'].includes(r.status) || !inPark(r.orgId))
        continue;
      if (taken.has(r.id)) continue;
      out.push({
        sourceType: 'request',
        sourceId: r.id,
        kind: 'need',
        title: r.title,
        description: r.body,
        category: r.category,
        startsAt: null,
        venue: null,
      });
    }
    for (const e of await db.events.toArray()) {
      if (e.status !== 'scheduled' || !inPark(e.orgId) || !inQuarter(e.startsAt) || taken.has(e.id))
        continue;
      out.push({
        sourceType: 'event',
        sourceId: e.id,
        kind: 'activity',
        title: e.title,
        description: e.theme,
        category: null,
        startsAt: e.startsAt,
        venue: e.venue,
      });
    }
    for (const l of await db.lessons.toArray()) {
      if (!inPark(l.orgId) || !inQuarter(l.scheduledAt) || taken.has(l.id)) continue;
      out.push({
        sourceType: 'lesson',
        sourceId: l.id,
        kind: 'activity',
        title: l.title,
        description: l.summary,
        category: null,
        startsAt: l.scheduledAt,
        venue: l.venue,
      });
    }
    return out;
  }, [orgId, quarter]);
}
