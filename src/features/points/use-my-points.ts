import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import type { PointsEntryRecord } from '../../shared/records.ts';
import type { PointRule } from '../../shared/points/rules.ts';
import { mayEarn } from './may-earn.ts';
import { compareIso } from '../../shared/compare.ts';

export interface HistoryEntry extends PointsEntryRecord {
  /** title of the lesson, party day or request it came from, when this phone holds it */
  sourceTitle: string | null;
}

const SOURCE_TABLE = { lesson: 'lessons', event: 'events', request: 'requests' } as const;

/** A Dexie promise, not an async function: the live query below awaits it (see src/db/meta.ts). */
function titleOf(e: PointsEntryRecord): Promise<string | null> {
  if (!(e.sourceType in SOURCE_TABLE)) return Dexie.Promise.resolve(null);
  const table = SOURCE_TABLE[e.sourceType as keyof typeof SOURCE_TABLE];
  return db
    .table<{ title?: string }, string>(table)
    .get(e.sourceId)
    .then((row) => row?.title ?? null);
}

/**
 * The signed-in member's own ledger, newest first. Organizers also hold their members' entries
 * (pull rule 2), so this filters by owner: the screen never shows anyone else's points.
 */
export function useMyPoints(userId: string | undefined): HistoryEntry[] | undefined {
  return useLiveQuery(async () => {
    if (!userId) return [];
    const rows = await db.pointsEntries.where('userId').equals(userId).toArray();
    rows.sort((a, b) => compareIso(b.earnedAt ?? b.createdAt, a.earnedAt ?? a.createdAt));
    return Promise.all(rows.map((e) => titleOf(e).then((sourceTitle) => ({ ...e, sourceTitle }))));
  }, [userId]);
}

export interface WaitingEarner {
  id: number;
  rule: PointRule;
  at: string;
}

/** Actions still in this member's outbox that may earn points once they reach the server. */
export function useWaitingEarners(userId: string | undefined): WaitingEarner[] {
  return (
    useLiveQuery(
      async () => {
        if (!userId) return [];
        const items = await db.outbox.where('userId').equals(userId).sortBy('seq');
        return items.flatMap((m) => {
          const rule = mayEarn(m.name, m.args);
          return rule && m.id !== undefined ? [{ id: m.id, rule, at: m.at }] : [];
        });
      },
      [userId],
      [],
    ) ?? []
  );
}
