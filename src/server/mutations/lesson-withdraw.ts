import { defineMutation, Reject } from './types.ts';
import { one, visibleFrom } from './records.ts';
import { emitLesson } from './lesson-data.ts';

/**
 * Organizer: withdraw a lesson. It becomes a tombstone in the change log, so it disappears from
 * every phone at its next pull; members' progress and ratings stay as their own history.
 */
export default defineMutation({
  name: 'lesson.withdraw',
  async authorize({ tx, viewer }, args) {
    const l = await one<{ org_id: string }>(tx, 'SELECT org_id FROM lessons WHERE id = $1', [
      args.lessonId,
    ]);
    // Someone who cannot see the lesson (another branch's) does not learn that it exists, as with
    // every other record a mutation names.
    if (!l || !(visibleFrom(viewer.orgPath, l.org_id) || viewer.managedOrgs.includes(l.org_id))) {
      throw new Reject('not_found', 'This lesson does not exist.');
    }
    if (!viewer.managedOrgs.includes(l.org_id)) {
      throw new Reject('forbidden', 'Only organizers of this organisation can withdraw it.');
    }
  },
  async apply({ tx, now }, args) {
    // Withdrawing twice changes nothing (a repeated push from another device).
    const rows = await tx.query(
      'UPDATE lessons SET withdrawn = true, updated_at = $2 WHERE id = $1 AND NOT withdrawn RETURNING id',
      [args.lessonId, now],
    );
    if (rows.length) await emitLesson(tx, args.lessonId);
  },
});
