import type { Mutator } from './types.ts';
import { mayPublishNotices } from '../../shared/notices/rules.ts';

/** The publisher sees their notice at once; the server checks the org (src/shared/notices/rules.ts). */
export const noticePublish: Mutator<'notice.publish'> = async (tx, args, { now, user }) => {
  if (!mayPublishNotices(user.roles)) return;
  if (await tx.get('notices', args.id)) return;
  await tx.put('notices', {
    id: args.id,
    orgId: args.orgId,
    kind: args.kind,
    title: args.title,
    body: args.body,
    userId: user.id,
    authorName: user.name,
    recipientId: null,
    target: null,
    detail: null,
    createdAt: now,
    updatedAt: now,
  });
};
