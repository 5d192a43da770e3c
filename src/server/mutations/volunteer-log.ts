import { defineMutation, Reject } from './types.ts';
import { existingOwner, one } from './records.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { awardPoints } from '../points/award.ts';
import { CST_OFFSET_MS } from '../../shared/points/rules.ts';

/** Hours are confirmed soon after the service; older claims belong in the paper records. */
const MAX_AGE_DAYS = 92;

export default defineMutation({
  name: 'volunteer.log',
  async authorize({ tx, viewer }, args) {
    if (!isOrganizer(viewer)) {
      throw new Reject('forbidden', 'Only organizers confirm volunteer hours.');
    }
    if (args.memberId === viewer.id) {
      throw new Reject('forbidden', 'Another organizer has to confirm your own hours.');
    }
    // Volunteer hours earn Party members points (docs/domain.md): staff-only accounts are not members.
    const member = await one<{ org_id: string }>(
      tx,
      `SELECT org_id FROM users WHERE id = $1 AND NOT disabled AND 'member' = ANY(roles)`,
      [args.memberId],
    );
    // Only the organizers managing the member's org; others learn nothing about who exists.
    if (!member || !viewer.managedOrgs.includes(member.org_id)) {
      throw new Reject('not_found', 'No Party member with this id in an organisation you manage.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    const owner = await existingOwner(tx, 'volunteer_logs', args.id);
    if (owner === viewer.id) return; // docs/sync-protocol.md push rule 7: the same log again changes nothing
    if (owner !== undefined) throw new Reject('conflict', 'This id belongs to another record.');
    const today = new Date(now.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
    const served = new Date(`${args.date}T00:00:00Z`);
    if (args.date > today) {
      throw new Reject('invalid_request', 'Hours can be confirmed only once they are served.');
    }
    if (Date.parse(`${today}T00:00:00Z`) - served.getTime() > MAX_AGE_DAYS * 86_400_000) {
      throw new Reject(
        'invalid_request',
        `Hours older than ${MAX_AGE_DAYS} days cannot be logged.`,
      );
    }
    const member = await one<{ org_id: string }>(tx, `SELECT org_id FROM users WHERE id = $1`, [
      args.memberId,
    ]);
    await tx.query(
      `INSERT INTO volunteer_logs (id, member_id, org_id, hours, served_on, note, user_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [args.id, args.memberId, member!.org_id, args.hours, args.date, args.note, viewer.id, now],
    );
    // Earned when the organizer's confirmation reaches the server, in that same transaction.
    await awardPoints(tx, {
      userId: args.memberId,
      rule: 'volunteer_hours',
      sourceType: 'volunteer_log',
      sourceId: args.id,
      at: now,
      orgId: member!.org_id,
      hours: args.hours,
      note: args.note,
    });
  },
});
