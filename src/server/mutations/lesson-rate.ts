import { uuidv7 } from '../../shared/ids.ts';
import { awardPoints } from '../points/award.ts';
import { defineMutation, Reject } from './types.ts';
import { emitRating, visibleLesson } from './lesson-data.ts';
import { requireMember } from './records.ts';

/** docs/sync-protocol.md `lesson.rate`: one rating per member and lesson; the last one the server receives wins. */
export default defineMutation({
  name: 'lesson.rate',
  async authorize({ tx, viewer }, args) {
    if (!(await visibleLesson(tx, viewer, args.lessonId))) {
      throw new Reject('not_found', 'This lesson does not exist or has been withdrawn.');
    }
    requireMember(viewer, 'Only members rate lessons.');
  },
  async apply({ tx, viewer, now }, args) {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO lesson_ratings AS r (id, user_id, lesson_id, org_id, score, speaker_score, comment, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (user_id, lesson_id) DO UPDATE SET
         score = excluded.score, speaker_score = excluded.speaker_score, comment = excluded.comment,
         org_id = excluded.org_id, updated_at = excluded.updated_at
       RETURNING id`,
      [
        uuidv7(now.getTime()),
        viewer.id,
        args.lessonId,
        viewer.orgId,
        args.score,
        args.speakerScore ?? null,
        args.comment || null,
        now,
      ],
    );
    if (row) await emitRating(tx, row.id);
    await awardPoints(tx, {
      userId: viewer.id,
      rule: 'lesson_rated',
      sourceType: 'lesson',
      sourceId: args.lessonId,
      at: now,
      orgId: viewer.orgId,
    });
  },
});
