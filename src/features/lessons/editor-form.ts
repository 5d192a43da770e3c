import type { MutationArgs } from '../../shared/mutations/index.ts';
import type { LessonRecord, LessonSeries } from '../../shared/records.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { CST_OFFSET_MS } from '../../shared/china-time.ts';

export interface QuizDraft {
  q: string;
  /** one option per line */
  options: string;
  answer: number;
}

/** The editor's fields as the form holds them (strings where the member types). */
export interface LessonForm {
  id: string;
  orgId: string;
  series: LessonSeries;
  title: string;
  speaker: string;
  summary: string;
  body: string;
  tags: string;
  durationMin: string;
  /** `YYYY-MM-DDTHH:mm` in China Standard Time, as a datetime-local input gives it */
  scheduledAt: string;
  venue: string;
  media: { id: string; mime: string; bytes: number } | null;
  quiz: QuizDraft[];
}

/** A datetime-local value read as China Standard Time (docs/domain.md), whatever zone the phone has. */
export function cstLocalToIso(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - CST_OFFSET_MS).toISOString();
}

export function isoToCstLocal(iso: string | null): string {
  if (!iso) return '';
  return new Date(new Date(iso).getTime() + CST_OFFSET_MS).toISOString().slice(0, 16);
}

export const splitTags = (s: string) =>
  [
    ...new Set(
      s
        .split(/[,，、\s]+/)
        .map((t) => t.replace(/^#/, '').trim())
        .filter(Boolean),
    ),
  ].slice(0, 8);

export function emptyForm(orgId: string): LessonForm {
  return {
    id: uuidv7(),
    orgId,
    series: 'lunch',
    title: '',
    speaker: '',
    summary: '',
    body: '',
    tags: '',
    durationMin: '10',
    scheduledAt: '',
    venue: '',
    media: null,
    quiz: [],
  };
}

const mediaIdOf = (url: string) => url.split('/').pop() ?? '';

export function formFromLesson(l: LessonRecord): LessonForm {
  return {
    id: l.id,
    orgId: l.orgId,
    series: l.series,
    title: l.title,
    speaker: l.speaker,
    summary: l.summary,
    body: l.body,
    tags: l.tags.join('，'),
    durationMin: String(l.durationMin),
    scheduledAt: isoToCstLocal(l.scheduledAt),
    venue: l.venue ?? '',
    media: l.media
      ? { id: mediaIdOf(l.media.url), mime: l.media.mime, bytes: l.media.bytes }
      : null,
    quiz: l.quiz.map((q) => ({ q: q.q, options: q.options.join('\n'), answer: q.answer })),
  };
}

/** The `lesson.save` args for a form, or null when a required field is missing. */
export function lessonArgsFromForm(f: LessonForm): MutationArgs<'lesson.save'> | null {
  const durationMin = Number(f.durationMin);
  if (!f.title.trim() || !f.speaker.trim() || !Number.isInteger(durationMin) || durationMin < 1) {
    return null;
  }
  return {
    id: f.id,
    orgId: f.orgId,
    series: f.series,
    title: f.title.trim(),
    speaker: f.speaker.trim(),
    summary: f.summary.trim(),
    body: f.body,
    tags: splitTags(f.tags),
    durationMin,
    scheduledAt: cstLocalToIso(f.scheduledAt),
    venue: f.venue.trim() || null,
    mediaId: f.media?.id ?? null,
    quiz: f.quiz
      .map((q) => ({
        q: q.q.trim(),
        options: q.options
          .split('\n')
          .map((o) => o.trim())
          .filter(Boolean),
        answer: q.answer,
      }))
      .filter((q) => q.q && q.options.length >= 2)
      .map((q) => ({ ...q, answer: Math.min(q.answer, q.options.length - 1) })),
  };
}
