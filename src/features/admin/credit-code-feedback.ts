import {
  CREDIT_CODE_ALPHABET,
  creditCodeProblem,
  normalizeCreditCode,
  type CreditCodeProblem,
} from '../../shared/org/credit-code.ts';

export interface CreditCodeFeedback {
  problem: CreditCodeProblem | null;
  /** characters typed so far (after trimming) */
  length: number;
  /** the first character outside the alphabet, for the message */
  badChar: string | null;
}

/**
 * What the form says while a code is typed. A character outside the alphabet is named at once,
 * even before the code is long enough (the shared rule reports length first), so a mistyped
 * letter O or I shows the moment it is typed.
 */
export function creditCodeFeedback(raw: string): CreditCodeFeedback {
  const code = normalizeCreditCode(raw);
  const badChar = [...code].find((ch) => !CREDIT_CODE_ALPHABET.includes(ch)) ?? null;
  if (badChar !== null) return { problem: 'character', length: code.length, badChar };
  return { problem: creditCodeProblem(code), length: code.length, badChar: null };
}
