import * as z from 'zod/mini';
import { str } from './mutations/common.ts';

/**
 * Web Push (docs/notices.md "Web Push"): what the app sends to subscribe a device, and what a
 * notification carries. Shared by the server, the app and the service worker.
 */

/** base64url without padding, as PushSubscription.toJSON() gives the keys */
const b64url = (min: number, max: number) =>
  z.string().check(z.regex(/^[A-Za-z0-9_-]+$/), z.minLength(min), z.maxLength(max));

/**
 * A push service's endpoint: https, and a named host (never an address literal or localhost), so
 * the server cannot be pointed at machines inside its own network by a subscription.
 */
export function isPushEndpoint(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const host = url.hostname;
  return (
    url.protocol === 'https:' &&
    !url.username &&
    !url.password &&
    host.includes('.') &&
    !host.startsWith('[') &&
    !/^[\d.]+$/.test(host) &&
    !/(^|\.)localhost$/i.test(host) &&
    !/\.(local|internal|lan)$/i.test(host)
  );
}

export const pushSubscriptionBody = z.strictObject({
  endpoint: str(z.maxLength(1000), z.refine(isPushEndpoint, 'push_endpoint')),
  // A P-256 public key (65 bytes, 87 characters) and a 16-byte secret (22 characters).
  keys: z.strictObject({ p256dh: b64url(80, 100), auth: b64url(16, 40) }),
  // What PushSubscription.toJSON() also gives; accepted and not stored.
  expirationTime: z.optional(z.nullable(z.number())),
});
export type PushSubscriptionBody = z.infer<typeof pushSubscriptionBody>;

export const pushUnsubscribeBody = z.strictObject({
  endpoint: str(z.minLength(1), z.maxLength(1000)),
});

/** A path inside the app ("/events/…"), never another origin: the service worker opens it. */
export const appPath = z
  .string()
  .check(z.maxLength(500), z.regex(/^\/(?!\/)[^\s\\]*$/, 'app_path'));

export const pushPayload = z.object({
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  body: z.optional(z.string().check(z.maxLength(1000))),
  url: z._default(appPath, '/'),
  /** notifications with the same tag replace each other on the phone */
  tag: z.optional(z.string().check(z.maxLength(100))),
});
export type PushPayload = z.input<typeof pushPayload>;
