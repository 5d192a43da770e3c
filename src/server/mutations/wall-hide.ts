import { defineMutation, Reject } from './types.ts';
import { one } from './records.ts';
import { managedEvent } from './event-data.ts';
import { emitWallPost } from './wall-data.ts';

/** An organizer of the party day's org takes a post off the wall (moderation). */
export default defineMutation({
  name: 'wall.hide',
  async authorize({ tx, viewer }, args) {
    const p = await one<{ event_id: string }>(tx, 'SELECT event_id FROM wall_posts WHERE id = $1', [
      args.postId,
    ]);
    if (!p) throw new Reject('not_found', 'This post does not exist.');
    await managedEvent(tx, viewer, p.event_id);
  },
  async apply({ tx, viewer, now }, args) {
    const rows = await tx.query(
      `UPDATE wall_posts SET hidden_by = $2, hidden_at = $3, updated_at = $3
        WHERE id = $1 AND hidden_at IS NULL RETURNING id`,
      [args.postId, viewer.id, now],
    );
    if (rows.length) await emitWallPost(tx, args.postId);
  },
});
