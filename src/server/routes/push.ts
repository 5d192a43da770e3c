import type { FastifyInstance } from 'fastify';
import { requireViewer } from '../auth/viewer.ts';
import { isLimited, recordFailure } from '../auth/rate-limit.ts';
import { ApiError } from '../http/errors.ts';
import { parse } from '../http/parse.ts';
import { pushSubscriptionBody, pushUnsubscribeBody } from '../../shared/push.ts';
import { addNoticeTransport } from '../notices/deliver.ts';
import { noticePush } from '../push/notice-push.ts';
import { saveSubscription, sendPush } from '../push/send.ts';
import { vapidKeys } from '../push/vapid.ts';

/** Subscribe, unsubscribe and test calls per user in one rate-limit window (auth/rate-limit.ts). */
export const PUSH_CALLS_PER_WINDOW = 30;

/**
 * Web Push (docs/notices.md "Web Push"): the server's public VAPID key, a device's subscription
 * and its removal, and a test notification to the signed-in user's own devices.
 */
export default async function pushRoutes(app: FastifyInstance) {
  const { db, config } = app.ctx;
  const auth = requireViewer(db);

  // Every notice this process commits also goes to its recipients' subscribed browsers, after
  // the commit (src/server/notices/deliver.ts); a failed push loses nothing, the inbox has it.
  const removeTransport = addNoticeTransport(db, async (notice, userIds) => {
    await sendPush(db, userIds, noticePush(notice), {
      subject: config.VAPID_SUBJECT,
      agent: app.ctx.pushAgent,
    });
  });
  app.addHook('onClose', async () => removeTransport());

  /** Every call counts: each writes a row or makes the server send, so a loop must stay slow. */
  const limit = async (userId: string) => {
    const key = `push:${userId}`;
    if (await isLimited(db, [[key, PUSH_CALLS_PER_WINDOW]])) {
      throw new ApiError(429, 'rate_limited', 'Too many requests. Wait 15 minutes and try again.');
    }
    await recordFailure(db, [key]);
  };

  app.get('/api/push/key', { preHandler: auth }, async () => ({
    publicKey: (await vapidKeys(db)).publicKey,
  }));

  app.post('/api/push/subscriptions', { preHandler: auth }, async (req, reply) => {
    const body = parse(pushSubscriptionBody, req.body);
    await limit(req.viewer.id);
    await saveSubscription(db, req.viewer.id, body);
    return reply.status(204).send();
  });

  // Only the caller's own row goes: an endpoint that now belongs to someone else stays theirs.
  app.post('/api/push/unsubscribe', { preHandler: auth }, async (req, reply) => {
    const body = parse(pushUnsubscribeBody, req.body);
    await limit(req.viewer.id);
    await db.query(`DELETE FROM push_subscriptions WHERE endpoint = $1 AND user_id = $2`, [
      body.endpoint,
      req.viewer.id,
    ]);
    return reply.status(204).send();
  });

  app.post('/api/push/test', { preHandler: auth }, async (req) => {
    await limit(req.viewer.id);
    const result = await sendPush(
      db,
      [req.viewer.id],
      { title: '连心', body: '通知已开启。Notifications are on.', url: '/me', tag: 'push-test' },
      { subject: config.VAPID_SUBJECT, agent: app.ctx.pushAgent },
    );
    return { sent: result.sent };
  });
}
