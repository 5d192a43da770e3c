/**
 * A mainland mobile number: 11 digits starting 13–19. Members log in with it (an imported or
 * approved member's login is their phone number), so import, join and the forms share one rule.
 * Spaces and dashes typed between digits are dropped; a leading +86 or 86 is accepted.
 */
export const PHONE_RE = /^1[3-9]\d{9}$/;

export function normalizePhone(raw: string): string {
  const digits = raw.trim().replace(/[\s-]/g, '');
  const local = digits.replace(/^(\+?86)(?=1\d{10}$)/, '');
  return local;
}

export const isValidPhone = (raw: string) => PHONE_RE.test(normalizePhone(raw));
