import { defineMutation, Reject } from './types.ts';
import { existingOwner, one, requireMember, visibleFrom } from './records.ts';
import { emitBooking } from './booking-data.ts';
import { outsideOpeningHours } from '../../shared/venue-hours.ts';

const MAX_HOURS = 12;

export default defineMutation({
  name: 'booking.create',
  async authorize({ tx, viewer }, args) {
    const venue = await one<{ org_id: string; active: boolean }>(
      tx,
      'SELECT org_id, active FROM venues WHERE id = $1',
      [args.venueId],
    );
    if (!venue || !venue.active || !visibleFrom(viewer.orgPath, venue.org_id)) {
      throw new Reject('not_found', 'This venue does not exist or is not open to you.');
    }
    requireMember(viewer, 'Only members book venues.');
  },
  async apply({ tx, viewer, now }, args) {
    const owner = await existingOwner(tx, 'bookings', args.id);
    if (owner === viewer.id) return; // docs/sync-protocol.md push rule 7: same create again changes nothing
    if (owner !== undefined) throw new Reject('conflict', 'This id belongs to another record.');
    const start = new Date(args.start);
    const end = new Date(args.end);
    if (!(end > start)) throw new Reject('invalid_request', 'The end must be after the start.');
    if (end.getTime() - start.getTime() > MAX_HOURS * 3600_000) {
      throw new Reject('invalid_request', `A booking may last at most ${MAX_HOURS} hours.`);
    }
    if (end <= now) throw new Reject('invalid_request', 'This time has already passed.');
    const [hours] = await tx.query<{ opens_at: string; closes_at: string }>(
      `SELECT to_char(opens_at, 'HH24:MI') AS opens_at, to_char(closes_at, 'HH24:MI') AS closes_at
         FROM venues WHERE id = $1`,
      [args.venueId],
    );
    const outside = hours && outsideOpeningHours(start, end, hours.opens_at, hours.closes_at);
    if (outside) {
      throw new Reject(
        'invalid_request',
        outside === 'other_day'
          ? 'A booking must start and end on the same day.'
          : `This venue is open ${hours.opens_at}–${hours.closes_at} (China Standard Time).`,
      );
    }
    // No double booking across replicas: a transaction-scoped advisory lock per venue in PostgreSQL
    // serialises the check-then-insert, and READ COMMITTED lets the next holder see the row just written.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('venue:' || $1::text, 0))`, [
      args.venueId,
    ]);
    const clash = await one(
      tx,
      `SELECT 1 FROM bookings WHERE venue_id = $1 AND status = 'booked' AND starts_at < $3 AND ends_at > $2`,
      [args.venueId, start, end],
    );
    if (clash)
      throw new Reject('slot_taken', 'Someone else has booked this time. Pick another slot.');
    await tx.query(
      `INSERT INTO bookings (id, venue_id, user_id, org_id, starts_at, ends_at, purpose, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [args.id, args.venueId, viewer.id, viewer.orgId, start, end, args.purpose, now],
    );
    await emitBooking(tx, args.id);
  },
});
