import { defineMutation, Reject } from './types.ts';
import { one } from './records.ts';
import { managedEvent } from './event-data.ts';
import { emitWallPost } from './wall-data.ts';

/** An organizer of the party day's org puts a hidden post back on the wall (undo, or second thoughts). */
export default defineMutation({
  name: 'wall.unhide',
  async authorize({ tx, viewer }, args) {
    const p = await one<{ event_id: string }>(tx, 'SELECT event_id FROM wall_posts WHERE id = $1', [
      args.postId,
    ]);
    if (!p) throw new Reject('not_found', 'This post does not exist.');
    await managedEvent(tx, viewer, p.event_id);
  },
  async apply({ tx, now }, args) {
    const rows = await tx.query(
      `UPDATE wall_posts SET hidden_by = NULL, hidden_at = NULL, updated_at = $2
        WHERE id = $1 AND hidden_at IS NOT NULL RETURNING id`,
      [args.postId, now],
    );
    if (rows.length) await emitWallPost(tx, args.postId);
  },
});
