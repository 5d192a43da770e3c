import { UUID_RE } from '../../shared/ids.ts';

export interface CheckinLink {
  eventId: string;
  window: number;
  code: string;
}

/**
 * Reads a check-in link (`/checkin?e=<eventId>&w=<window>&c=<code>`, docs/sync-protocol.md "Check-in codes")
 * from a URL's query or a scanned QR's text. Anything else is null: a scanned QR is untrusted input.
 */
export function parseCheckinLink(input: string | URLSearchParams): CheckinLink | null {
  let params: URLSearchParams;
  if (typeof input === 'string') {
    try {
      const url = new URL(input.trim(), 'https://local.invalid');
      if (url.pathname !== '/checkin') return null;
      params = url.searchParams;
    } catch {
      return null;
    }
  } else {
    params = input;
  }
  const eventId = params.get('e') ?? '';
  const w = params.get('w') ?? '';
  const code = params.get('c') ?? '';
  if (!UUID_RE.test(eventId) || !/^\d{1,12}$/.test(w) || !/^\d{6}$/.test(code)) return null;
  return { eventId: eventId.toLowerCase(), window: Number(w), code };
}
