import { defineMutation, Reject } from './types.ts';
import { existingOwner, one, requireMember } from './records.ts';
import { emitRequest, recordEvent } from './request-data.ts';
import { decodeNewPhotos } from './request-photos.ts';

export default defineMutation({
  name: 'request.create',
  async authorize({ viewer }) {
    requireMember(viewer, 'Only members file service requests.');
  },
  async apply({ tx, viewer, now }, args) {
    const owner = await existingOwner(tx, 'requests', args.id);
    if (owner === viewer.id) return; // docs/sync-protocol.md push rule 7: same create again changes nothing
    if (owner !== undefined) throw new Reject('conflict', 'This id belongs to another record.');
    // Validate everything before the first write, so a refusal stores nothing.
    const photos = await decodeNewPhotos(tx, 'request_photos', args.photos);
    if (args.venueBooking) {
      const b = await one<{ user_id: string }>(tx, 'SELECT user_id FROM bookings WHERE id = $1', [
        args.venueBooking,
      ]);
      if (!b || b.user_id !== viewer.id) {
        throw new Reject('not_found', 'The linked booking does not exist or is not yours.');
      }
    }
    const r = {
      id: args.id,
      user_id: viewer.id,
      org_id: viewer.orgId,
      category: args.category,
    };
    await tx.query(
      `INSERT INTO requests (id, user_id, org_id, category, title, body, venue_booking, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [
        r.id,
        r.user_id,
        r.org_id,
        r.category,
        args.title,
        args.body,
        args.venueBooking ?? null,
        now,
      ],
    );
    for (const [i, p] of photos.entries()) {
      await tx.query(
        `INSERT INTO request_photos (id, request_id, position, mime, bytes, size, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [p.id, r.id, i, p.mime, p.bytes, p.bytes.length, now],
      );
    }
    await recordEvent(tx, r, null, 'submitted', viewer, null, now);
    await emitRequest(tx, r.id);
  },
});
