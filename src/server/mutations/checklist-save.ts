import { uuidv7 } from '../../shared/ids.ts';
import { templateProblem } from '../../shared/checklist/template.ts';
import { defineMutation, Reject } from './types.ts';
import { isAdmin } from '../auth/viewer.ts';
import { one, visibleFrom } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { emitChecklistTemplate } from './checklist-data.ts';

/**
 * The district's responsibility checklist (责任清单), saved whole by an admin of the district.
 * The first save makes the record; later ones replace its goals (last one wins). Assessments
 * already entered stay: an indicator taken out of the template simply no longer shows.
 */
export default defineMutation({
  name: 'checklist.save',
  async authorize({ tx, viewer }, args) {
    const org = await one<{ kind: string }>(tx, 'SELECT kind FROM orgs WHERE id = $1', [
      args.orgId,
    ]);
    const sees =
      org && (visibleFrom(viewer.orgPath, args.orgId) || viewer.managedOrgs.includes(args.orgId));
    if (!org || !sees) throw new Reject('not_found', 'No such district.');
    if (!isAdmin(viewer) || !viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject('forbidden', 'Only an admin of the district edits its checklist.');
    }
    if (org.kind !== 'district') {
      throw new Reject('invalid_request', 'A checklist belongs to a district.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    const problem = templateProblem(args.goals);
    if (problem) throw new Reject('invalid_request', problem);
    const before = await one<{ goals: unknown }>(
      tx,
      'SELECT goals FROM checklist_templates WHERE org_id = $1',
      [args.orgId],
    );
    if (before && JSON.stringify(before.goals) === JSON.stringify(args.goals)) return;
    await tx.query(
      `INSERT INTO checklist_templates (id, org_id, goals, user_id, created_at, updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $5)
       ON CONFLICT (org_id) DO UPDATE SET goals = excluded.goals, user_id = excluded.user_id,
         updated_at = excluded.updated_at`,
      [uuidv7(now.getTime()), args.orgId, JSON.stringify(args.goals), viewer.id, now],
    );
    await emitChecklistTemplate(tx, args.orgId);
    await audit(tx, {
      actorId: viewer.id,
      action: 'checklist.save',
      targetType: 'checklist_template',
      targetId: null,
      orgId: args.orgId,
      after: { goals: args.goals.length },
    });
  },
});
