/**
 * Check-in codes (docs/sync-protocol.md "Check-in codes"): window = floor(unix_seconds / 30),
 * code = HOTP(secret, window) with RFC 4226 dynamic truncation over HMAC-SHA-256.
 * Runs on WebCrypto, so the organizer's phone computes it offline and the server checks it the same way.
 */
export const WINDOW_SECONDS = 30;

export function windowAt(epochMs: number): number {
  return Math.floor(epochMs / 1000 / WINDOW_SECONDS);
}

export function windowEndsAt(window: number): number {
  return (window + 1) * WINDOW_SECONDS * 1000;
}

function counterBytes(counter: number): Uint8Array {
  const buf = new Uint8Array(8);
  let c = counter;
  for (let i = 7; i >= 0; i--) {
    buf[i] = c % 256;
    c = Math.floor(c / 256);
  }
  return buf;
}

export function hexToBytes(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) throw new Error('secret must be hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** HOTP over HMAC-SHA-256 with `digits` digits (6 for check-in; tests also use 8 for RFC 6238 vectors). */
export async function hotpSha256(secret: Uint8Array, counter: number, digits = 6): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    secret as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(
    await crypto.subtle.sign('HMAC', key, counterBytes(counter) as Uint8Array<ArrayBuffer>),
  );
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary =
    (((mac[offset] ?? 0) & 0x7f) << 24) |
    ((mac[offset + 1] ?? 0) << 16) |
    ((mac[offset + 2] ?? 0) << 8) |
    (mac[offset + 3] ?? 0);
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function checkinCode(secretHex: string, window: number): Promise<string> {
  return hotpSha256(hexToBytes(secretHex), window, 6);
}

export function checkinUrl(origin: string, eventId: string, window: number, code: string): string {
  const u = new URL('/checkin', origin);
  u.searchParams.set('e', eventId);
  u.searchParams.set('w', String(window));
  u.searchParams.set('c', code);
  return u.toString();
}
