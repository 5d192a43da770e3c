import { defineMutation, Reject } from './types.ts';
import { one } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { mayPublishAt, mayPublishNotices } from '../../shared/notices/rules.ts';
import { createNotice } from '../notices/notice-data.ts';

/**
 * A notice (通知) for everyone at `orgId` and below (docs/notices.md): organizers of the org or
 * above, staff and admins, each within their own org's subtree (src/shared/notices/rules.ts).
 */
export default defineMutation({
  name: 'notice.publish',
  async authorize({ tx, viewer }, args) {
    if (!mayPublishNotices(viewer.roles)) {
      throw new Reject('forbidden', 'Only organizers, staff and admins publish notices.');
    }
    const existing = await one<{ user_id: string | null }>(
      tx,
      'SELECT user_id FROM notices WHERE id = $1',
      [args.id],
    );
    if (existing && existing.user_id !== viewer.id) {
      throw new Reject('conflict', 'This id belongs to another record.');
    }
    const org = await one<{ path: string[] }>(tx, 'SELECT path FROM orgs WHERE id = $1', [
      args.orgId,
    ]);
    // An org the caller cannot see is not named; one they see but is above them is forbidden.
    if (!org || !(org.path.includes(viewer.orgId) || viewer.orgPath.includes(args.orgId))) {
      throw new Reject('not_found', 'This organisation does not exist or is not yours.');
    }
    if (!mayPublishAt(viewer.roles, viewer.orgId, org.path)) {
      throw new Reject('forbidden', 'Notices are published at your own organisation or below it.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    // A publish sent again (a resent queue) changes nothing (push rule 7).
    if (await one(tx, 'SELECT 1 FROM notices WHERE id = $1', [args.id])) return;
    await createNotice(
      tx,
      {
        id: args.id,
        kind: args.kind,
        title: args.title,
        body: args.body,
        orgId: args.orgId,
        userId: viewer.id,
      },
      now,
    );
    await audit(tx, {
      actorId: viewer.id,
      action: 'notice.publish',
      targetType: 'notice',
      targetId: args.id,
      orgId: args.orgId,
      after: { kind: args.kind, title: args.title },
    });
  },
});
