import { uuidv7 } from '../../shared/ids.ts';
import { defineMutation, Reject } from './types.ts';
import { awardPoints } from '../points/award.ts';
import { emitProgress, visibleLesson } from './lesson-data.ts';
import { requireMember } from './records.ts';

/**
 * docs/sync-protocol.md `lesson.progress`: the server keeps the furthest position, a completion never reverts
 * and the best quiz score stays. All three are monotone merges (max, or, max), so phones may sync
 * their progress in any order, any number of times, and the result is the same.
 */
export default defineMutation({
  name: 'lesson.progress',
  async authorize({ tx, viewer }, args) {
    if (!(await visibleLesson(tx, viewer, args.lessonId))) {
      throw new Reject('not_found', 'This lesson does not exist or has been withdrawn.');
    }
    requireMember(viewer, 'Only members record their study of a lesson.');
  },
  async apply({ tx, viewer, now }, args) {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO lesson_progress AS p (id, user_id, lesson_id, org_id, position, completed, quiz_score, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (user_id, lesson_id) DO UPDATE SET
         position = GREATEST(p.position, excluded.position),
         completed = p.completed OR excluded.completed,
         quiz_score = GREATEST(p.quiz_score, excluded.quiz_score),
         org_id = excluded.org_id,
         updated_at = excluded.updated_at
       -- nothing new (an older report arriving late): no write, no change for phones to pull
       WHERE excluded.position > p.position OR (excluded.completed AND NOT p.completed)
          OR excluded.quiz_score > coalesce(p.quiz_score, -1)
       RETURNING id`,
      [
        uuidv7(now.getTime()),
        viewer.id,
        args.lessonId,
        viewer.orgId,
        args.position,
        args.completed,
        args.quizScore ?? null,
        now,
      ],
    );
    if (row) await emitProgress(tx, row.id);
    // Points for a completed lesson, once: the ledger's unique key makes replays no-ops.
    if (args.completed) {
      await awardPoints(tx, {
        userId: viewer.id,
        rule: 'lesson_completed',
        sourceType: 'lesson',
        sourceId: args.lessonId,
        at: now,
        orgId: viewer.orgId,
      });
    }
  },
});
