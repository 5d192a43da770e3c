import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one, visibleFrom } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { emitVisitSettings } from './visit-data.ts';

/**
 * A district's visit settings: the contact interval and the opinion form (征求意见表). Admins and
 * organizers of the district itself; the last save wins.
 */
export default defineMutation({
  name: 'visit.settings',
  async authorize({ tx, viewer }, args) {
    const org = await one<{ kind: string }>(tx, 'SELECT kind FROM orgs WHERE id = $1', [
      args.orgId,
    ]);
    if (
      !org ||
      !(visibleFrom(viewer.orgPath, args.orgId) || viewer.managedOrgs.includes(args.orgId))
    ) {
      throw new Reject('not_found', 'No such district.');
    }
    if (!isOrganizer(viewer) || !viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject('forbidden', "Only the district's admins and organizers set visits.");
    }
    if (org.kind !== 'district') {
      throw new Reject('invalid_request', 'Visit settings belong to a district.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    if (new Set(args.questions.map((q) => q.id)).size !== args.questions.length) {
      throw new Reject('invalid_request', 'Two questions have the same id.');
    }
    const before = await one<{ interval_days: number; questions: unknown }>(
      tx,
      'SELECT interval_days, questions FROM visit_settings WHERE org_id = $1',
      [args.orgId],
    );
    await tx.query(
      `INSERT INTO visit_settings (org_id, interval_days, questions, created_at, updated_at)
       VALUES ($1, $2, $3::jsonb, $4, $4)
       ON CONFLICT (org_id) DO UPDATE SET interval_days = excluded.interval_days,
         questions = excluded.questions, updated_at = excluded.updated_at`,
      [args.orgId, args.intervalDays, JSON.stringify(args.questions), now],
    );
    await emitVisitSettings(tx, args.orgId);
    await audit(tx, {
      actorId: viewer.id,
      action: 'visit.settings',
      targetType: 'org',
      targetId: args.orgId,
      orgId: args.orgId,
      before: before ? { intervalDays: before.interval_days, questions: before.questions } : null,
      after: { intervalDays: args.intervalDays, questions: args.questions },
    });
  },
});
