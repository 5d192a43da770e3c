import type { LessonRecord, LessonSeries } from '../../shared/records.ts';
import { compareIso } from '../../shared/compare.ts';

export const SERIES: readonly LessonSeries[] = ['lunch', 'weekend', 'film', 'forum'];

/** What the member typed, made comparable: trimmed, lower case, '#' of a tag dropped. */
export function normalizeQuery(q: string): string {
  return q.trim().replace(/^#/, '').toLowerCase();
}

/** A lesson matches when its title or one of its tags contains the query. */
export function matchesLesson(
  l: Pick<LessonRecord, 'title' | 'tags' | 'speaker'>,
  query: string,
): boolean {
  if (!query) return true;
  return (
    l.title.toLowerCase().includes(query) ||
    l.speaker.toLowerCase().includes(query) ||
    l.tags.some((t) => t.toLowerCase().includes(query))
  );
}

/** Live sessions still to come (or running now, within their duration), soonest first. */
export function upcomingSessions<
  L extends Pick<LessonRecord, 'scheduledAt' | 'durationMin' | 'id'>,
>(lessons: readonly L[], now: Date, limit = 5): L[] {
  return lessons
    .filter(
      (l) =>
        l.scheduledAt !== null &&
        new Date(l.scheduledAt).getTime() + l.durationMin * 60_000 > now.getTime(),
    )
    .sort((a, b) => compareIso(a.scheduledAt ?? '', b.scheduledAt ?? ''))
    .slice(0, limit);
}
