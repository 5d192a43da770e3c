import { uuidv7 } from '../../shared/ids.ts';
import type { Tx } from '../database/db.ts';
import { defineMutation, Reject } from './types.ts';
import { iso, one, requireMember } from './records.ts';
import { visibleEvent } from './event-data.ts';

interface RsvpRow {
  id: string;
  event_id: string;
  user_id: string;
  org_id: string;
  status: 'going' | 'not_going';
  created_at: Date;
  updated_at: Date;
}

/** An RSVP is private to the member and the organizers of the member's org (docs/sync-protocol.md pull rule 2). */
export async function emitRsvp(tx: Tx, eventId: string, userId: string): Promise<void> {
  const r = await one<RsvpRow>(
    tx,
    'SELECT * FROM event_rsvps WHERE event_id = $1 AND user_id = $2',
    [eventId, userId],
  );
  if (!r) return;
  tx.emit({
    type: 'rsvp',
    id: r.id,
    audience: 'private',
    orgId: r.org_id,
    ownerId: r.user_id,
    data: {
      id: r.id,
      userId: r.user_id,
      eventId: r.event_id,
      status: r.status,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    },
  });
}

/** A member's answer to a party day; the last one wins. One row per member and event. */
export default defineMutation({
  name: 'event.rsvp',
  async authorize({ tx, viewer }, args) {
    await visibleEvent(tx, viewer, args.eventId);
    requireMember(viewer, 'Only members sign up for party days.');
  },
  async apply({ tx, viewer, now }, args) {
    // Serialises answers to one event, so the capacity check holds across replicas.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('event:' || $1::text, 0))`, [
      args.eventId,
    ]);
    const e = await visibleEvent(tx, viewer, args.eventId);
    if (e.status === 'cancelled') {
      throw new Reject('invalid_request', 'This party day has been cancelled.');
    }
    if (e.ends_at <= now) throw new Reject('outside_window', 'This party day is already over.');
    const current = await one<{ status: string }>(
      tx,
      'SELECT status FROM event_rsvps WHERE event_id = $1 AND user_id = $2',
      [args.eventId, viewer.id],
    );
    if (current?.status === args.status) return;
    if (args.status === 'going' && e.capacity !== null) {
      const [{ n } = { n: 0 }] = await tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM event_rsvps WHERE event_id = $1 AND status = 'going'`,
        [args.eventId],
      );
      if (n >= e.capacity) throw new Reject('slot_taken', 'This party day is full.');
    }
    await tx.query(
      `INSERT INTO event_rsvps (id, event_id, user_id, org_id, status, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (event_id, user_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
      [uuidv7(now.getTime()), args.eventId, viewer.id, viewer.orgId, args.status, now],
    );
    await emitRsvp(tx, args.eventId, viewer.id);
  },
});
