import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Member cards: `<payload>.<mac>` where payload is base64url JSON {u: userId, e: expiry (unix s)}
 * and mac an HMAC-SHA-256 under the server's card secret. Organizers scan it to check a member in
 * (event.checkin_member); it cannot be forged, and it names its member, so it cannot be used for another.
 */
export const CARD_DAYS = 365;

const mac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`card:${payload}`).digest('base64url');

export function signCard(
  secret: string,
  userId: string,
  now = Date.now(),
): { token: string; expiresAt: string } {
  const e = Math.floor(now / 1000) + CARD_DAYS * 86400;
  const payload = Buffer.from(JSON.stringify({ u: userId, e })).toString('base64url');
  return {
    token: `${payload}.${mac(secret, payload)}`,
    expiresAt: new Date(e * 1000).toISOString(),
  };
}

/** The member id a valid, unexpired card names; null for anything else. */
export function verifyCard(secret: string, token: string, now = Date.now()): string | null {
  const [payload, sig, extra] = token.split('.');
  if (!payload || !sig || extra !== undefined) return null;
  const want = Buffer.from(mac(secret, payload));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  try {
    const { u, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      u?: unknown;
      e?: unknown;
    };
    if (typeof u !== 'string' || typeof e !== 'number' || e * 1000 < now) return null;
    return u;
  } catch {
    return null;
  }
}
