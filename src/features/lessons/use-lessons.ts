import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import { MAX_LESSON_MINUTES, type LessonRecord, type LessonSeries } from '../../shared/records.ts';
import { matchesLesson, normalizeQuery, upcomingSessions } from './lesson-search.ts';

export type SeriesFilter = LessonSeries | 'all';

/**
 * One page of the lesson list, newest first. Walks the `updatedAt` index and stops after `limit`
 * matches, so thousands of lessons never load at once; the list asks for more as it scrolls.
 * Returns one extra row to tell whether more exist.
 */
export function useLessonPage(series: SeriesFilter, query: string, limit: number) {
  const q = normalizeQuery(query);
  return useLiveQuery(async () => {
    const newest = db.lessons.orderBy('updatedAt').reverse();
    // Unfiltered (the list as the app opens on it), the page is one read of the index; a filter
    // makes Dexie walk a cursor, one round trip per lesson (docs/performance.md, "Offline start").
    const rows = await (
      series === 'all' && !q
        ? newest
        : newest.filter((l) => (series === 'all' || l.series === series) && matchesLesson(l, q))
    )
      .limit(limit + 1)
      .toArray();
    return { lessons: rows.slice(0, limit), hasMore: rows.length > limit };
  }, [series, q, limit]);
}

/** Upcoming live sessions (time and venue), soonest first. */
export function useUpcomingSessions(now: Date) {
  const minute = Math.floor(now.getTime() / 60_000);
  return useLiveQuery(async () => {
    const at = new Date(minute * 60_000);
    // Only sessions that can still be running: unscheduled lessons are not in the index at all.
    const since = new Date(at.getTime() - MAX_LESSON_MINUTES * 60_000).toISOString();
    const scheduled = await db.lessons.where('scheduledAt').above(since).toArray();
    return upcomingSessions(scheduled, at);
  }, [minute]);
}

export function useLesson(id: string | undefined): LessonRecord | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.lessons.get(id)) ?? null) : null), [id]);
}

export function useMyProgress(userId: string | undefined, lessonId: string | undefined) {
  return useLiveQuery(
    async () =>
      userId && lessonId
        ? ((await db.lessonProgress
            .where('[userId+lessonId]')
            .equals([userId, lessonId])
            .first()) ?? null)
        : null,
    [userId, lessonId],
  );
}

export function useMyRating(userId: string | undefined, lessonId: string | undefined) {
  return useLiveQuery(
    async () =>
      userId && lessonId
        ? ((await db.lessonRatings.where('[userId+lessonId]').equals([userId, lessonId]).first()) ??
          null)
        : null,
    [userId, lessonId],
  );
}

/** The member's completed lessons, to mark them in the list. */
export function useCompletedIds(userId: string | undefined) {
  return useLiveQuery(
    async () => {
      if (!userId) return new Set<string>();
      const rows = await db.lessonProgress.where('userId').equals(userId).toArray();
      return new Set(rows.filter((p) => p.completed).map((p) => p.lessonId));
    },
    [userId],
    new Set<string>(),
  );
}
