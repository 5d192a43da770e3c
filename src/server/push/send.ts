import type { Agent } from 'node:https';
import webpush, { WebPushError } from 'web-push';
import type { Db } from '../database/db.ts';
import { pushPayload, type PushPayload } from '../../shared/push.ts';
import { vapidKeys } from './vapid.ts';

export interface PushOptions {
  /** the VAPID "sub" claim: a mailto: or https: contact for the push services */
  subject?: string;
  /** how long a push service keeps a message for a phone that is offline (seconds) */
  ttl?: number;
  urgency?: 'very-low' | 'low' | 'normal' | 'high';
  /** how many deliveries are in flight at once */
  concurrency?: number;
  /** the HTTPS agent for the push services (a proxy's, or a test push service's CA) */
  agent?: Agent;
}

export interface PushResult {
  sent: number;
  /** subscriptions the push service called gone (404/410), now deleted */
  removed: number;
  failed: number;
}

export const DEFAULT_VAPID_SUBJECT = 'mailto:admin@lianxin.invalid';

interface SubscriptionRow {
  endpoint: string;
  user_id: string;
  p256dh: string;
  auth: string;
}

/**
 * Sends one notification to every subscribed browser of the given users (docs/notices.md "Web
 * Push"), encrypted per RFC 8291 (aes128gcm) and signed with the server's VAPID key. A
 * subscription the push service no longer knows (404 or 410) is deleted; other failures are
 * counted and left for the next message. Disabled accounts get nothing.
 */
export async function sendPush(
  db: Db,
  userIds: string[],
  payload: PushPayload,
  opts: PushOptions = {},
): Promise<PushResult> {
  const result: PushResult = { sent: 0, removed: 0, failed: 0 };
  if (!userIds.length) return result;
  const body = JSON.stringify(pushPayload.parse(payload));
  const subs = await db.query<SubscriptionRow>(
    `SELECT s.endpoint, s.user_id, s.p256dh, s.auth
       FROM push_subscriptions s JOIN users u ON u.id = s.user_id
      WHERE s.user_id = ANY($1::uuid[]) AND NOT u.disabled`,
    [[...new Set(userIds)]],
  );
  if (!subs.length) return result;
  const keys = await vapidKeys(db);
  const gone: string[] = [];
  const queue = [...subs];
  const worker = async () => {
    for (let sub = queue.shift(); sub; sub = queue.shift()) {
      try {
        await webpush.sendNotification(
          { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
          body,
          {
            vapidDetails: {
              subject: opts.subject ?? DEFAULT_VAPID_SUBJECT,
              publicKey: keys.publicKey,
              privateKey: keys.privateKey,
            },
            TTL: opts.ttl ?? 24 * 3600,
            urgency: opts.urgency ?? 'normal',
            contentEncoding: 'aes128gcm',
            timeout: 10_000,
            ...(opts.agent ? { agent: opts.agent } : {}),
          },
        );
        result.sent++;
      } catch (err) {
        if (err instanceof WebPushError && (err.statusCode === 404 || err.statusCode === 410)) {
          gone.push(sub.endpoint);
        } else {
          result.failed++;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, subs.length) }, worker));
  if (gone.length) {
    const removed = await db.query(
      `DELETE FROM push_subscriptions WHERE endpoint = ANY($1::text[]) RETURNING endpoint`,
      [gone],
    );
    result.removed = removed.length;
  }
  return result;
}

/** Stores a browser's subscription for a user (docs/notices.md "Web Push"). */
export async function saveSubscription(
  db: Db,
  userId: string,
  sub: { endpoint: string; keys: { p256dh: string; auth: string } },
): Promise<void> {
  await db.query(
    `INSERT INTO push_subscriptions (endpoint, user_id, p256dh, auth) VALUES ($1, $2, $3, $4)
     ON CONFLICT (endpoint) DO UPDATE
        SET user_id = EXCLUDED.user_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth`,
    [sub.endpoint, userId, sub.keys.p256dh, sub.keys.auth],
  );
}
