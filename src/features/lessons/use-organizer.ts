import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import type { OrgRecord } from '../../shared/records.ts';
import { buildOverview } from './lesson-overview.ts';
import { compareIso } from '../../shared/compare.ts';

export const isOrganizerRole = (roles: readonly string[] | undefined) =>
  !!roles && (roles.includes('organizer') || roles.includes('admin'));

/** The orgs an organizer manages: their own and every org below it that the phone knows. */
export function useManagedOrgs(orgId: string | undefined): OrgRecord[] | undefined {
  return useLiveQuery(async () => {
    if (!orgId) return [];
    const all = await db.orgs.toArray();
    const children = new Map<string | null, OrgRecord[]>();
    for (const o of all) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o]);
    const out: OrgRecord[] = [];
    const visit = (o: OrgRecord | undefined) => {
      if (!o) return;
      out.push(o);
      for (const c of children.get(o.id) ?? []) visit(c);
    };
    visit(all.find((o) => o.id === orgId));
    return out;
  }, [orgId]);
}

/** Lessons the organizer may edit or withdraw, newest first. */
export function useManagedLessons(orgIds: readonly string[] | undefined) {
  return useLiveQuery(async () => {
    if (!orgIds?.length) return [];
    const rows = await db.lessons
      .where('orgId')
      .anyOf([...orgIds])
      .toArray();
    return rows.sort((a, b) => compareIso(b.updatedAt, a.updatedAt));
  }, [orgIds?.join(',')]);
}

/** Ratings and completions from the synced records of the organizer's members (works offline). */
export function useOverview() {
  return useLiveQuery(async () => {
    const [lessons, progress, ratings] = await Promise.all([
      db.lessons.toArray(),
      db.lessonProgress.toArray(),
      db.lessonRatings.toArray(),
    ]);
    const active = new Set([...progress.map((p) => p.lessonId), ...ratings.map((r) => r.lessonId)]);
    const overview = buildOverview(
      lessons
        .filter((l) => active.has(l.id))
        .map(({ id, title, speaker, series }) => ({
          id,
          title,
          speaker,
          series,
        })),
      progress,
      ratings,
    );
    overview.lessons.sort((a, b) => b.ratings.count - a.ratings.count || b.completed - a.completed);
    return overview;
  }, []);
}
