import type { Tx } from '../database/db.ts';
import { iso } from './records.ts';

interface BookingRow {
  id: string;
  venue_id: string;
  user_id: string;
  org_id: string;
  starts_at: Date;
  ends_at: Date;
  purpose: string;
  status: 'booked' | 'cancelled';
  created_at: Date;
  updated_at: Date;
  venue_org: string;
}

/** Emits a booking (private to its booker and organizers above) and its public slot (without who). */
export async function emitBooking(tx: Tx, id: string): Promise<void> {
  const rows = await tx.query<BookingRow>(
    `SELECT b.*, v.org_id AS venue_org FROM bookings b JOIN venues v ON v.id = b.venue_id WHERE b.id = $1`,
    [id],
  );
  const b = rows[0];
  if (!b) return;
  tx.emit({
    type: 'booking',
    id,
    audience: 'private',
    orgId: b.org_id,
    ownerId: b.user_id,
    data: {
      id,
      userId: b.user_id,
      venueId: b.venue_id,
      start: iso(b.starts_at),
      end: iso(b.ends_at),
      purpose: b.purpose,
      status: b.status,
      createdAt: iso(b.created_at),
      updatedAt: iso(b.updated_at),
    },
  });
  if (b.status === 'booked') {
    tx.emit({
      type: 'slot',
      id,
      audience: 'public',
      orgId: b.venue_org,
      data: { id, venueId: b.venue_id, start: iso(b.starts_at), end: iso(b.ends_at) },
    });
  } else {
    tx.emit({ type: 'slot', id, deleted: true });
  }
}
