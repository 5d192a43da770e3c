import { MEDIA_URL_RE } from '../../shared/mutations/lessons.ts';
import type { Mutator } from './types.ts';

/**
 * Organizer publishes or edits a lesson, offline too. The server fills in media sizes and the
 * body's images; until its row arrives, sizes already known on the phone are kept.
 */
export const lessonSave: Mutator<'lesson.save'> = async (tx, args, { user, now }) => {
  const current = await tx.get('lessons', args.id);
  if (current && current.orgId !== args.orgId) return; // the server refuses a move
  const url = (id: string) => `/api/media/${id}`;
  const known = [...(current?.media ? [current.media] : []), ...(current?.images ?? [])];
  const inBody = new Set([...args.body.matchAll(MEDIA_URL_RE)].map((m) => url(m[1]!)));
  const media = args.mediaId
    ? (known.find((m) => m.url === url(args.mediaId!)) ?? {
        url: url(args.mediaId),
        mime: '',
        bytes: 0,
      })
    : null;
  await tx.put('lessons', {
    id: args.id,
    orgId: args.orgId,
    series: args.series,
    title: args.title,
    speaker: args.speaker,
    summary: args.summary,
    body: args.body,
    tags: [...new Set(args.tags)],
    durationMin: args.durationMin,
    scheduledAt: args.scheduledAt,
    venue: args.venue || null,
    media,
    images: known.filter((m) => inBody.has(m.url) && m.mime.startsWith('image/')),
    quiz: args.quiz,
    userId: current?.userId ?? user.id,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  });
};
