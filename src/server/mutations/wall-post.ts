import { defineMutation, Reject } from './types.ts';
import { existingOwner, one, requireMember } from './records.ts';
import { visibleEvent } from './event-data.ts';
import { emitWallPost } from './wall-data.ts';

/** A short note on a party day's message wall, by a member who said they would come or came. */
export default defineMutation({
  name: 'wall.post',
  async authorize({ tx, viewer }, args) {
    await visibleEvent(tx, viewer, args.eventId);
    requireMember(viewer, 'Only members post on a party day’s wall.');
    const took = await one(
      tx,
      `SELECT 1 FROM event_checkins WHERE event_id = $1 AND user_id = $2
       UNION ALL
       SELECT 1 FROM event_rsvps WHERE event_id = $1 AND user_id = $2 AND status = 'going'`,
      [args.eventId, viewer.id],
    );
    if (!took) {
      throw new Reject('forbidden', 'Only members who signed up or checked in may post here.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    const owner = await existingOwner(tx, 'wall_posts', args.id);
    if (owner === viewer.id) return; // docs/sync-protocol.md push rule 7: same create again changes nothing
    if (owner !== undefined) throw new Reject('conflict', 'This id belongs to another record.');
    // Stored as typed: the app shows it as text, never as HTML.
    await tx.query(
      `INSERT INTO wall_posts (id, event_id, user_id, body, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5)`,
      [args.id, args.eventId, viewer.id, args.body, now],
    );
    await emitWallPost(tx, args.id);
  },
});
