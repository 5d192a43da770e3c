import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one, visibleFrom } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { emitFirm } from './org-data.ts';

/**
 * Names a firm's instructor (admin or organizer above the firm), or takes the firm off their list
 * (null). The firm record is re-published with its new owner, so the instructor pulls it.
 */
export default defineMutation({
  name: 'firm.assign',
  async authorize({ tx, viewer }, args) {
    const firm = await one<{ org_id: string }>(tx, 'SELECT org_id FROM firms WHERE id = $1', [
      args.firmId,
    ]);
    const sees =
      firm &&
      (visibleFrom(viewer.orgPath, firm.org_id) || viewer.managedOrgs.includes(firm.org_id));
    if (!firm || !sees) throw new Reject('not_found', 'No such firm.');
    if (!isOrganizer(viewer) || !viewer.managedOrgs.includes(firm.org_id)) {
      throw new Reject('forbidden', 'Only organizers above this firm assign its instructor.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    if (args.instructorId) {
      const u = await one<{ roles: string[]; disabled: boolean }>(
        tx,
        'SELECT roles, disabled FROM users WHERE id = $1',
        [args.instructorId],
      );
      if (!u || u.disabled || !u.roles.includes('instructor')) {
        throw new Reject(
          'invalid_instructor',
          'The instructor must be an active account with the instructor role.',
        );
      }
    }
    const [before] = await tx.query<{ instructor_id: string | null; org_id: string }>(
      'SELECT instructor_id, org_id FROM firms WHERE id = $1',
      [args.firmId],
    );
    if (before!.instructor_id === args.instructorId) return;
    await tx.query('UPDATE firms SET instructor_id = $2, updated_at = $3 WHERE id = $1', [
      args.firmId,
      args.instructorId,
      now,
    ]);
    await emitFirm(tx, args.firmId);
    await audit(tx, {
      actorId: viewer.id,
      action: 'firm.assign',
      targetType: 'firm',
      targetId: args.firmId,
      orgId: before!.org_id,
      before: { instructorId: before!.instructor_id },
      after: { instructorId: args.instructorId },
    });
  },
});
