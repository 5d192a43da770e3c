/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-character alphabet (digits and capitals without I, O, Z, S, V); the last is a check
 * character computed from the first 17 with fixed weights, modulo 31. `firm.save` refuses a code
 * that fails this (`invalid_credit_code`); the firm form checks it as it is typed. One function for
 * both ends (docs/sync-protocol.md, `firm.save`).
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or null when one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  const c = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET[c]!;
}

export type CreditCodeProblem = 'length' | 'character' | 'check';

/** Why a code is not valid (for a message as it is typed), or null when it is. Upper-cases first. */
export function creditCodeProblem(raw: string): CreditCodeProblem | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!CREDIT_CODE_ALPHABET.includes(ch)) return 'character';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'check';
}

export const isValidCreditCode = (raw: string) => creditCodeProblem(raw) === null;

/** The form stored and compared: trimmed, upper case. */
export const normalizeCreditCode = (raw: string) => raw.trim().toUpperCase();
