import { UUID_RE } from '../../shared/ids.ts';

/**
 * The member a scanned card names. The card (`<payload>.<mac>`, signed by the server) is only read
 * here, never trusted: the server verifies the signature and that it names this member.
 */
export function memberOfCard(text: string): { memberId: string; cardToken: string } | null {
  const token = text.trim();
  const [payload, mac, extra] = token.split('.');
  if (!payload || !mac || extra !== undefined || token.length > 512) return null;
  try {
    const b64 = payload.replaceAll('-', '+').replaceAll('_', '/');
    const json = new TextDecoder().decode(
      Uint8Array.from(atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, '=')), (c) => c.charCodeAt(0)),
    );
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null || !('u' in parsed)) return null;
    const u = parsed.u;
    return typeof u === 'string' && UUID_RE.test(u) ? { memberId: u, cardToken: token } : null;
  } catch {
    return null;
  }
}
