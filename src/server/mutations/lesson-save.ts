import { MEDIA_URL_RE } from '../../shared/mutations/lessons.ts';
import { defineMutation, Reject } from './types.ts';
import { one } from './records.ts';
import { emitLesson } from './lesson-data.ts';

/**
 * Organizer: publish or edit a lesson of an org they manage. Idempotent by the client-made id
 * (push rule 7): saving the same lesson again just writes the same fields. Editing is open to any
 * organizer who manages the lesson's org, not only its author.
 */
export default defineMutation({
  name: 'lesson.save',
  async authorize({ tx, viewer }, args) {
    if (!viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject('forbidden', 'Only organizers of this organisation can publish lessons.');
    }
    const existing = await one<{ org_id: string; withdrawn: boolean }>(
      tx,
      'SELECT org_id, withdrawn FROM lessons WHERE id = $1',
      [args.id],
    );
    if (existing && !viewer.managedOrgs.includes(existing.org_id)) {
      throw new Reject('conflict', 'This id belongs to another lesson.');
    }
    // Moving a lesson would leave it on phones outside its new org with no tombstone to reach them.
    if (existing && existing.org_id !== args.orgId) {
      throw new Reject(
        'invalid_request',
        'A lesson cannot move to another organisation. Withdraw it and publish it there anew.',
      );
    }
    if (existing?.withdrawn) {
      throw new Reject('not_found', 'This lesson has been withdrawn and can no longer be edited.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    for (const q of args.quiz) {
      if (q.answer >= q.options.length) {
        throw new Reject('invalid_request', `The answer of "${q.q}" is not one of its options.`);
      }
    }
    const tags = [...new Set(args.tags)];
    const used = new Set([...args.body.matchAll(MEDIA_URL_RE)].map((m) => m[1]!));
    if (args.mediaId) used.add(args.mediaId);
    const known = new Map(
      (
        await tx.query<{ id: string; mime: string }>(
          'SELECT id, mime FROM media WHERE id = ANY($1::text[])',
          [[...used]],
        )
      ).map((m) => [m.id, m.mime]),
    );
    const missing = [...used].filter((id) => !known.has(id));
    if (missing.length) {
      throw new Reject(
        'not_found',
        'Some media of this lesson was never uploaded. Upload it again.',
      );
    }
    if (args.mediaId && known.get(args.mediaId)?.startsWith('image/')) {
      throw new Reject('invalid_request', 'The lesson media must be audio or video.');
    }
    await tx.query(
      `INSERT INTO lessons (id, org_id, series, title, speaker, summary, body, tags, duration_min,
                            scheduled_at, venue, media_id, quiz, user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $15)
       ON CONFLICT (id) DO UPDATE SET org_id = excluded.org_id, series = excluded.series,
         title = excluded.title, speaker = excluded.speaker, summary = excluded.summary,
         body = excluded.body, tags = excluded.tags, duration_min = excluded.duration_min,
         scheduled_at = excluded.scheduled_at, venue = excluded.venue, media_id = excluded.media_id,
         quiz = excluded.quiz, updated_at = excluded.updated_at`,
      [
        args.id,
        args.orgId,
        args.series,
        args.title,
        args.speaker,
        args.summary,
        args.body,
        tags,
        args.durationMin,
        args.scheduledAt ? new Date(args.scheduledAt) : null,
        args.venue || null,
        args.mediaId,
        JSON.stringify(args.quiz),
        viewer.id,
        now,
      ],
    );
    await tx.query('DELETE FROM lesson_media WHERE lesson_id = $1', [args.id]);
    if (used.size) {
      await tx.query(
        'INSERT INTO lesson_media (lesson_id, media_id) SELECT $1, unnest($2::text[])',
        [args.id, [...used]],
      );
    }
    await emitLesson(tx, args.id);
  },
});
