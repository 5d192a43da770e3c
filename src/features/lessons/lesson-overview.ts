import type {
  LessonProgressRecord,
  LessonRatingRecord,
  LessonRecord,
} from '../../shared/records.ts';
import { compareIso } from '../../shared/compare.ts';

export interface RatingSummary {
  count: number;
  /** null with no ratings */
  average: number | null;
  /** how many gave 1, 2, 3, 4, 5 */
  distribution: [number, number, number, number, number];
}

export interface LessonSummary {
  lesson: Pick<LessonRecord, 'id' | 'title' | 'speaker' | 'series'>;
  ratings: RatingSummary;
  speaker: RatingSummary;
  comments: { id: string; score: number; comment: string; at: string }[];
  completed: number;
  started: number;
}

export interface SpeakerSummary {
  speaker: string;
  lessons: number;
  ratings: RatingSummary;
}

function summarize(scores: readonly number[]): RatingSummary {
  const distribution: RatingSummary['distribution'] = [0, 0, 0, 0, 0];
  for (const s of scores) if (s >= 1 && s <= 5) distribution[s - 1]! += 1;
  const count = distribution.reduce((a, b) => a + b, 0);
  const total = distribution.reduce((a, n, i) => a + n * (i + 1), 0);
  return { count, average: count ? total / count : null, distribution };
}

/**
 * The organizer's overview, computed on the phone from the synced progress and rating records of
 * their org's members (so it works offline). One rating per member and lesson: should a phone
 * hold two for the same pair (an optimistic one beside the server's), the newest counts once.
 * A speaker's score is the speaker rating where given, else the lesson rating.
 */
export function buildOverview(
  lessons: readonly Pick<LessonRecord, 'id' | 'title' | 'speaker' | 'series'>[],
  progress: readonly Pick<LessonProgressRecord, 'userId' | 'lessonId' | 'completed'>[],
  ratings: readonly LessonRatingRecord[],
): { lessons: LessonSummary[]; speakers: SpeakerSummary[] } {
  const latest = new Map<string, LessonRatingRecord>();
  for (const r of ratings) {
    const key = `${r.userId}:${r.lessonId}`;
    const seen = latest.get(key);
    if (!seen || seen.updatedAt < r.updatedAt) latest.set(key, r);
  }
  const byLesson = new Map<string, LessonRatingRecord[]>();
  for (const r of latest.values())
    byLesson.set(r.lessonId, [...(byLesson.get(r.lessonId) ?? []), r]);
  const done = new Map<string, Set<string>>();
  const began = new Map<string, Set<string>>();
  for (const p of progress) {
    const add = (m: Map<string, Set<string>>) =>
      m.set(p.lessonId, (m.get(p.lessonId) ?? new Set()).add(p.userId));
    add(began);
    if (p.completed) add(done);
  }
  const summaries = lessons.map((lesson): LessonSummary => {
    const rs = byLesson.get(lesson.id) ?? [];
    return {
      lesson,
      ratings: summarize(rs.map((r) => r.score)),
      speaker: summarize(rs.map((r) => r.speakerScore ?? r.score)),
      comments: rs
        .filter((r) => r.comment)
        .sort((a, b) => compareIso(b.updatedAt, a.updatedAt))
        .map((r) => ({ id: r.id, score: r.score, comment: r.comment ?? '', at: r.updatedAt })),
      completed: done.get(lesson.id)?.size ?? 0,
      started: began.get(lesson.id)?.size ?? 0,
    };
  });
  const speakers = new Map<string, { lessons: number; scores: number[] }>();
  for (const s of summaries) {
    const entry = speakers.get(s.lesson.speaker) ?? { lessons: 0, scores: [] };
    entry.lessons += 1;
    for (const r of byLesson.get(s.lesson.id) ?? []) entry.scores.push(r.speakerScore ?? r.score);
    speakers.set(s.lesson.speaker, entry);
  }
  return {
    lessons: summaries,
    speakers: [...speakers]
      .map(([speaker, e]) => ({ speaker, lessons: e.lessons, ratings: summarize(e.scores) }))
      .sort((a, b) => b.ratings.count - a.ratings.count || a.speaker.localeCompare(b.speaker)),
  };
}
