import type { Tx } from '../database/db.ts';
import { iso, one } from './records.ts';

/**
 * A wall post is public at its event's org: whoever sees the party day sees its wall. A hidden post
 * becomes a tombstone, so it leaves every phone that held it, and lives on as a `hidden_wall_post`
 * that only its author (who learns it was hidden) and the organizers (who may put it back) receive.
 * Unhiding swaps the two back.
 */
export async function emitWallPost(tx: Tx, id: string): Promise<void> {
  const p = await one<{
    id: string;
    event_id: string;
    user_id: string;
    author_name: string;
    org_id: string;
    body: string;
    hidden_at: Date | null;
    hidden_by_name: string | null;
    created_at: Date;
    updated_at: Date;
  }>(
    tx,
    `SELECT p.*, u.name AS author_name, e.org_id, h.name AS hidden_by_name
       FROM wall_posts p JOIN users u ON u.id = p.user_id JOIN events e ON e.id = p.event_id
       LEFT JOIN users h ON h.id = p.hidden_by
      WHERE p.id = $1`,
    [id],
  );
  if (!p) return;
  const data = {
    id,
    userId: p.user_id,
    authorName: p.author_name,
    eventId: p.event_id,
    body: p.body,
    createdAt: iso(p.created_at),
    updatedAt: iso(p.updated_at),
  };
  if (p.hidden_at) {
    tx.emit({ type: 'wall_post', id, deleted: true });
    tx.emit({
      type: 'hidden_wall_post',
      id,
      audience: 'organizers',
      orgId: p.org_id,
      ownerId: p.user_id,
      data: { ...data, hiddenAt: iso(p.hidden_at), hiddenByName: p.hidden_by_name ?? '' },
    });
    return;
  }
  tx.emit({ type: 'hidden_wall_post', id, deleted: true });
  tx.emit({ type: 'wall_post', id, audience: 'public', orgId: p.org_id, data });
}
