import { describe, expect, it } from 'vitest';
import {
  checkinCode,
  checkinUrl,
  hotpSha256,
  windowAt,
  windowEndsAt,
} from '../../../../src/shared/checkin-code.ts';

// RFC 6238 Appendix B, SHA-256 column: the 32-byte ASCII key, T = floor(t / 30), 8 digits.
const KEY = new TextEncoder().encode('12345678901234567890123456789012');
const KEY_HEX = Array.from(KEY, (b) => b.toString(16).padStart(2, '0')).join('');
const VECTORS: [number, string][] = [
  [59, '46119246'],
  [1111111109, '68084774'],
  [1111111111, '67062674'],
  [1234567890, '91819424'],
  [2000000000, '90698825'],
  [20000000000, '77737706'],
];

describe('check-in code generator (HOTP over HMAC-SHA-256)', () => {
  it.each(VECTORS)('RFC 6238 vector at t = %i s gives %s', async (t, totp) => {
    const window = windowAt(t * 1000);
    expect(window).toBe(Math.floor(t / 30));
    expect(await hotpSha256(KEY, window, 8)).toBe(totp);
  });

  it.each(VECTORS)('the 6-digit code at t = %i s is the last six digits of %s', async (t, totp) => {
    expect(await checkinCode(KEY_HEX, windowAt(t * 1000))).toBe(totp.slice(2));
  });

  it('changes with the window and keeps leading zeros', async () => {
    const codes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => checkinCode(KEY_HEX, 1000 + i)),
    );
    for (const c of codes) expect(c).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('windows are 30 seconds long', () => {
    expect(windowAt(29_999)).toBe(0);
    expect(windowAt(30_000)).toBe(1);
    expect(windowEndsAt(1)).toBe(60_000);
  });

  it('builds the check-in URL the phone camera opens', () => {
    expect(checkinUrl('https://lianxin.example', 'e1', 42, '012345')).toBe(
      'https://lianxin.example/checkin?e=e1&w=42&c=012345',
    );
  });
});
