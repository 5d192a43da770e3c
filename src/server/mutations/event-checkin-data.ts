import { uuidv7 } from '../../shared/ids.ts';
import { awardPoints } from '../points/award.ts';
import type { CheckinRecord } from '../../shared/records.ts';
import type { Tx } from '../database/db.ts';
import { iso, one } from './records.ts';
import { inEventOrg, type EventRow } from './event-data.ts';
import { checkinOpensAt, withinCheckinTime as withinTime } from '../../shared/checkin-time.ts';
import { Reject } from './types.ts';

interface CheckinRow {
  id: string;
  event_id: string;
  user_id: string;
  org_id: string;
  method: CheckinRecord['method'];
  created_at: Date;
  updated_at: Date;
}

/**
 * A check-in is private to the member and the organizers of the member's org (docs/sync-protocol.md
 * pull rule 2); a flowing member's check-in at a party day of their host branch goes to the host's
 * organizers too (docs/organisation.md, "Flowing members").
 */
async function emitCheckin(tx: Tx, id: string): Promise<void> {
  const c = await one<CheckinRow & { event_org: string; inside: boolean }>(
    tx,
    `SELECT c.*, e.org_id AS event_org, e.org_id = ANY(o.path) AS inside
       FROM event_checkins c JOIN events e ON e.id = c.event_id JOIN orgs o ON o.id = c.org_id
      WHERE c.id = $1`,
    [id],
  );
  if (!c) return;
  tx.emit({
    type: 'checkin',
    id,
    audience: 'private',
    orgId: c.org_id,
    org2Id: c.inside ? null : c.event_org,
    ownerId: c.user_id,
    data: {
      id,
      userId: c.user_id,
      eventId: c.event_id,
      method: c.method,
      createdAt: iso(c.created_at),
      updatedAt: iso(c.updated_at),
    },
  });
}

/** A check-in moment of this event lies in its check-in time (shared/checkin-time.ts). */
export function withinCheckinTime(e: EventRow, at: number): boolean {
  return withinTime(e.starts_at.getTime(), e.ends_at.getTime(), at);
}

export function assertOpen(e: EventRow): void {
  if (e.status === 'cancelled') {
    throw new Reject('outside_window', 'This party day has been cancelled.');
  }
}

/**
 * Records a member's check-in once (docs/sync-protocol.md check-in): the unique (event_id, user_id) key makes a
 * second one, even a concurrent one from another replica, a no-op that still counts as applied.
 */
export async function recordCheckin(
  tx: Tx,
  c: {
    eventId: string;
    userId: string;
    method: CheckinRecord['method'];
    window: number | null;
    by: string;
    now: Date;
  },
): Promise<void> {
  const [member] = await tx.query<{ org_id: string }>('SELECT org_id FROM users WHERE id = $1', [
    c.userId,
  ]);
  if (!member) throw new Reject('not_found', 'This member does not exist.');
  const rows = await tx.query<{ id: string }>(
    `INSERT INTO event_checkins (id, event_id, user_id, org_id, method, code_window, recorded_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
     ON CONFLICT (event_id, user_id) DO NOTHING RETURNING id`,
    [uuidv7(c.now.getTime()), c.eventId, c.userId, member.org_id, c.method, c.window, c.by, c.now],
  );
  if (rows[0]) {
    await emitCheckin(tx, rows[0].id);
    // Attendance earns points in the same transaction as the check-in, once per member and event.
    await awardPoints(tx, {
      userId: c.userId,
      rule: 'event_attended',
      sourceType: 'event',
      sourceId: c.eventId,
      at: c.now,
      orgId: member.org_id,
    });
  }
}

/**
 * An organizer checks a member in (card scan or by hand): the member must belong to the event's
 * org, and only a check-in before the doors open is refused, since an organizer's desk may sync late.
 */
export async function recordOrganizerCheckin(
  tx: Tx,
  e: EventRow,
  c: { memberId: string; method: 'card' | 'manual'; by: string; now: Date },
): Promise<void> {
  assertOpen(e);
  if (!(await inEventOrg(tx, c.memberId, e.org_id))) {
    throw new Reject('not_found', 'This member does not belong to this party day’s organisation.');
  }
  if (c.now.getTime() < checkinOpensAt(e.starts_at.getTime())) {
    throw new Reject('outside_window', 'Check-in has not opened yet.');
  }
  await recordCheckin(tx, {
    eventId: e.id,
    userId: c.memberId,
    method: c.method,
    window: null,
    by: c.by,
    now: c.now,
  });
}
