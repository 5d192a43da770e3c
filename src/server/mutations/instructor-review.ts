import { defineMutation, Reject } from './types.ts';
import { one } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { managedUser } from './member-access.ts';
import { emitInstructorReview } from './duty-data.ts';
import { reviewId, reviewProblem } from '../../shared/visits/duties.ts';

/**
 * The yearly review of an instructor (年度评议; docs/organisation.md "Instructors"): organizers and
 * admins above the instructor's account record whether the instructor keeps their firms or their
 * assignment is to be adjusted. One review per instructor and year, its id computed by both ends
 * (`reviewId`): a second save replaces the first, the same save again changes nothing. Reassigning
 * firms is `firm.assign`'s work, not this one's.
 */
export default defineMutation({
  name: 'instructor.review',
  async authorize({ tx, viewer }, args) {
    const u = await managedUser(tx, viewer, args.instructorId);
    if (u.disabled || !u.roles.includes('instructor')) {
      throw new Reject('invalid_instructor', 'Only an active instructor is reviewed.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    const problem = reviewProblem(args, now.getTime());
    if (problem) throw new Reject('invalid_request', problem);
    const id = reviewId(args.instructorId, args.year);
    const before = await one<{ outcome: string; notes: string; user_id: string }>(
      tx,
      'SELECT outcome, notes, user_id FROM instructor_reviews WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (before && before.outcome === args.outcome && before.notes === args.notes) return;
    const [instructor] = await tx.query<{ org_id: string }>(
      'SELECT org_id FROM users WHERE id = $1',
      [args.instructorId],
    );
    await tx.query(
      `INSERT INTO instructor_reviews (id, year, instructor_id, org_id, outcome, notes, user_id,
                                       created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (id) DO UPDATE SET org_id = excluded.org_id, outcome = excluded.outcome,
         notes = excluded.notes, user_id = excluded.user_id, updated_at = excluded.updated_at`,
      [
        id,
        args.year,
        args.instructorId,
        instructor!.org_id,
        args.outcome,
        args.notes,
        viewer.id,
        now,
      ],
    );
    await emitInstructorReview(tx, id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'instructor.review',
      targetType: 'user',
      targetId: args.instructorId,
      orgId: instructor!.org_id,
      before: before ? { outcome: before.outcome, notes: before.notes } : null,
      after: { year: args.year, outcome: args.outcome, notes: args.notes },
    });
  },
});
