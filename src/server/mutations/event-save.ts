import { randomBytes } from 'node:crypto';
import { isOrganizer } from '../auth/viewer.ts';
import { defineMutation, Reject } from './types.ts';
import { emitEvent, loadEvent } from './event-data.ts';

const MAX_HOURS = 24;

/**
 * Plans or edits a party day (organizer). A save is a create-or-update by the client-made id:
 * an id that exists is updated when the viewer organizes its org, and a `conflict` otherwise
 * (docs/sync-protocol.md push rule 7); its org never changes. The check-in secret is made here, never on a phone.
 */
export default defineMutation({
  name: 'event.save',
  async authorize({ tx, viewer }, args) {
    if (!isOrganizer(viewer) || !viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject('forbidden', 'Only organizers may plan party days for this organisation.');
    }
    const existing = await loadEvent(tx, args.id);
    if (existing && !viewer.managedOrgs.includes(existing.org_id)) {
      throw new Reject('conflict', 'This id belongs to another record.');
    }
    // Moving a party day would leave it on the old org's phones with no tombstone to reach them
    // (docs/sync-protocol.md pull rule 5), as for lessons.
    if (existing && existing.org_id !== args.orgId) {
      throw new Reject(
        'invalid_request',
        'A party day cannot move to another organisation. Cancel it and plan it there anew.',
      );
    }
  },
  async apply({ tx, viewer, now }, args) {
    const start = new Date(args.startsAt);
    const end = new Date(args.endsAt);
    if (!(end > start)) throw new Reject('invalid_request', 'The end must be after the start.');
    if (end.getTime() - start.getTime() > MAX_HOURS * 3600_000) {
      throw new Reject('invalid_request', `A party day may last at most ${MAX_HOURS} hours.`);
    }
    const agenda = JSON.stringify(args.agenda);
    const fields = [
      args.orgId,
      args.seriesId ?? null,
      args.title,
      args.theme,
      args.venue,
      args.capacity ?? null,
      agenda,
      start,
      end,
    ];
    const existing = await loadEvent(tx, args.id, true);
    if (!existing) {
      await tx.query(
        `INSERT INTO events (org_id, series_id, title, theme, venue, capacity, agenda, starts_at, ends_at,
                             id, secret, user_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12, $13, $13)`,
        [...fields, args.id, randomBytes(32).toString('hex'), viewer.id, now],
      );
      await emitEvent(tx, args.id);
      return;
    }
    if (existing.status === 'cancelled') {
      throw new Reject('invalid_transition', 'This party day has been cancelled.');
    }
    // The same save sent again (a resent queue) changes nothing, not even updatedAt.
    const changed = await tx.query(
      `UPDATE events SET series_id = $2, title = $3, theme = $4, venue = $5, capacity = $6,
              agenda = $7::jsonb, starts_at = $8, ends_at = $9, updated_at = $11
        WHERE id = $10 AND (org_id, series_id, title, theme, venue, capacity, agenda, starts_at, ends_at)
              IS DISTINCT FROM ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)
        RETURNING id`,
      [...fields, args.id, now],
    );
    if (changed.length) await emitEvent(tx, args.id);
  },
});
