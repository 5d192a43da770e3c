import { uuidv7 } from '../../shared/ids.ts';
import { assessProblem } from '../../shared/checklist/rules.ts';
import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one, visibleFrom } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { districtGoals, emitChecklistAssessment } from './checklist-data.ts';

/**
 * One entered indicator of a branch's monthly or annual report, with its evidence: organizers and
 * admins of the branch or above. One row per branch, period and indicator; the latest entry wins.
 */
export default defineMutation({
  name: 'checklist.assess',
  async authorize({ tx, viewer }, args) {
    const org = await one<{ kind: string }>(tx, 'SELECT kind FROM orgs WHERE id = $1', [
      args.orgId,
    ]);
    const sees =
      org && (visibleFrom(viewer.orgPath, args.orgId) || viewer.managedOrgs.includes(args.orgId));
    if (!org || !sees) throw new Reject('not_found', 'No such branch.');
    if (!isOrganizer(viewer) || !viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject('forbidden', 'Only organizers of the branch or above enter its report.');
    }
    if (org.kind !== 'branch') throw new Reject('invalid_request', 'A report belongs to a branch.');
  },
  async apply({ tx, viewer, now }, args) {
    const problem = assessProblem(await districtGoals(tx, args.orgId), args, now.getTime());
    if (problem) throw new Reject('invalid_request', problem);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO checklist_assessments AS a
              (id, org_id, period, indicator_id, value, evidence, user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       ON CONFLICT (org_id, period, indicator_id) DO UPDATE SET value = excluded.value,
         evidence = excluded.evidence, user_id = excluded.user_id, updated_at = excluded.updated_at
       -- the same entry again writes nothing and sends phones nothing
       WHERE a.value IS DISTINCT FROM excluded.value OR a.evidence <> excluded.evidence
       RETURNING id`,
      [
        uuidv7(now.getTime()),
        args.orgId,
        args.period,
        args.indicatorId,
        args.value,
        args.evidence,
        viewer.id,
        now,
      ],
    );
    if (!row) return;
    await emitChecklistAssessment(tx, row.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'checklist.assess',
      targetType: 'checklist_assessment',
      targetId: row.id,
      orgId: args.orgId,
      after: { period: args.period, indicatorId: args.indicatorId, value: args.value },
    });
  },
});
