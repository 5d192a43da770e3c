import type { Tx } from '../database/db.ts';
import type { LessonRecord, QuizQuestion } from '../../shared/records.ts';
import { iso } from './records.ts';

export interface LessonRow {
  id: string;
  org_id: string;
  series: LessonRecord['series'];
  title: string;
  speaker: string;
  summary: string;
  body: string;
  tags: string[];
  duration_min: number;
  scheduled_at: Date | null;
  venue: string | null;
  media_id: string | null;
  quiz: QuizQuestion[];
  user_id: string;
  withdrawn: boolean;
  created_at: Date;
  updated_at: Date;
}

export const mediaUrl = (id: string) => `/api/media/${id}`;

/**
 * Publishes a lesson at its org (audience 'public': everyone at the org and below, organizers
 * above), or its tombstone once withdrawn, which reaches every phone that held it (pull rule 2,
 * "Known pitfalls": deletes must reach every device).
 */
export async function emitLesson(tx: Tx, id: string): Promise<void> {
  const [l] = await tx.query<LessonRow>('SELECT * FROM lessons WHERE id = $1', [id]);
  if (!l) return;
  const files = l.withdrawn
    ? []
    : await tx.query<LessonFile>(
        `SELECT m.id, m.mime, m.bytes FROM lesson_media lm JOIN media m ON m.id = lm.media_id
          WHERE lm.lesson_id = $1 ORDER BY m.id`,
        [id],
      );
  emitLessonRow(tx, l, files);
}

export interface LessonFile {
  id: string;
  mime: string;
  bytes: number;
}

/** emitLesson for a row already loaded, with its media files (bulk writers emit many at once). */
export function emitLessonRow(tx: Pick<Tx, 'emit'>, l: LessonRow, files: LessonFile[]): void {
  const { id } = l;
  if (l.withdrawn) {
    tx.emit({ type: 'lesson', id, deleted: true });
    return;
  }
  const main = files.find((f) => f.id === l.media_id);
  const data: LessonRecord = {
    id,
    orgId: l.org_id,
    series: l.series,
    title: l.title,
    speaker: l.speaker,
    summary: l.summary,
    body: l.body,
    tags: l.tags,
    durationMin: l.duration_min,
    scheduledAt: l.scheduled_at ? iso(l.scheduled_at) : null,
    venue: l.venue,
    media: main ? { url: mediaUrl(main.id), mime: main.mime, bytes: main.bytes } : null,
    images: files
      .filter((f) => f.id !== l.media_id && f.mime.startsWith('image/'))
      .map((f) => ({ url: mediaUrl(f.id), mime: f.mime, bytes: f.bytes })),
    quiz: l.quiz,
    userId: l.user_id,
    createdAt: iso(l.created_at),
    updatedAt: iso(l.updated_at),
  };
  tx.emit({ type: 'lesson', id, audience: 'public', orgId: l.org_id, data: { ...data } });
}

/** The lesson a member may act on: live, and published at their org or above (or one they manage). */
export async function visibleLesson(
  tx: Tx,
  viewer: { orgPath: string[]; managedOrgs: string[] },
  lessonId: string,
): Promise<{ id: string; org_id: string } | undefined> {
  const [l] = await tx.query<{ id: string; org_id: string }>(
    `SELECT id, org_id FROM lessons
      WHERE id = $1 AND NOT withdrawn AND (org_id = ANY($2::uuid[]) OR org_id = ANY($3::uuid[]))`,
    [lessonId, viewer.orgPath, viewer.managedOrgs],
  );
  return l;
}

export async function emitProgress(tx: Tx, id: string): Promise<void> {
  const [p] = await tx.query<{
    id: string;
    user_id: string;
    lesson_id: string;
    org_id: string;
    position: number;
    completed: boolean;
    quiz_score: number | null;
    created_at: Date;
    updated_at: Date;
  }>('SELECT * FROM lesson_progress WHERE id = $1', [id]);
  if (!p) return;
  // Private to the member; organizers managing the member's org see it for completion counts.
  tx.emit({
    type: 'lesson_progress',
    id,
    audience: 'private',
    orgId: p.org_id,
    ownerId: p.user_id,
    data: {
      id,
      userId: p.user_id,
      lessonId: p.lesson_id,
      position: p.position,
      completed: p.completed,
      quizScore: p.quiz_score,
      createdAt: iso(p.created_at),
      updatedAt: iso(p.updated_at),
    },
  });
}

export async function emitRating(tx: Tx, id: string): Promise<void> {
  const [r] = await tx.query<{
    id: string;
    user_id: string;
    lesson_id: string;
    org_id: string;
    score: number;
    speaker_score: number | null;
    comment: string | null;
    created_at: Date;
    updated_at: Date;
  }>('SELECT * FROM lesson_ratings WHERE id = $1', [id]);
  if (!r) return;
  tx.emit({
    type: 'lesson_rating',
    id,
    audience: 'private',
    orgId: r.org_id,
    ownerId: r.user_id,
    data: {
      id,
      userId: r.user_id,
      lessonId: r.lesson_id,
      score: r.score,
      speakerScore: r.speaker_score,
      comment: r.comment,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    },
  });
}
