import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { clockMinutes } from '../../shared/venue-hours.ts';
import { one } from './records.ts';
import { emitVenue } from './venue-data.ts';

/** Organizers add, edit and close the venues of the orgs they manage (works offline as a mutation). */
export default defineMutation({
  name: 'venue.save',
  async authorize({ tx, viewer }, args) {
    if (!isOrganizer(viewer)) throw new Reject('forbidden', 'Only organizers manage venues.');
    if (!viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject('forbidden', 'You do not manage this organisation.');
    }
    const existing = await one<{ org_id: string }>(tx, 'SELECT org_id FROM venues WHERE id = $1', [
      args.id,
    ]);
    if (existing && !viewer.managedOrgs.includes(existing.org_id)) {
      // an id from another org's venue: as with creates (push rule 7), never overwrite it
      throw new Reject('conflict', 'This id belongs to another record.');
    }
    // Moving a room would leave it on the old org's phones with no tombstone to reach them
    // (docs/sync-protocol.md pull rule 5), as for lessons and party days.
    if (existing && existing.org_id !== args.orgId) {
      throw new Reject(
        'invalid_request',
        'A venue cannot move to another organisation. Close it and add it there anew.',
      );
    }
  },
  async apply({ tx, now }, args) {
    if (clockMinutes(args.closesAt) <= clockMinutes(args.opensAt)) {
      throw new Reject('invalid_request', 'The closing time must be after the opening time.');
    }
    await tx.query(
      `INSERT INTO venues (id, org_id, name, capacity, location, opens_at, closes_at, active, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name,
         capacity = excluded.capacity, location = excluded.location, opens_at = excluded.opens_at,
         closes_at = excluded.closes_at, active = excluded.active, updated_at = excluded.updated_at`,
      [
        args.id,
        args.orgId,
        args.name,
        args.capacity,
        args.location,
        args.opensAt,
        args.closesAt,
        args.active,
        now,
      ],
    );
    await emitVenue(tx, args.id);
  },
});
