import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../database/db.ts';

/**
 * One-time activation codes (first sign-in of an imported, approved, created or reset account).
 * 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L) give about 60 bits: far too
 * many to guess within the sign-in rate limit, so a plain SHA-256 of the code is enough to store.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 12;
export const ACTIVATION_DAYS = 14;

export function newCode(length = CODE_LENGTH): string {
  return newCodes(1, length)[0]!;
}

/** The largest multiple of the alphabet's size in a byte: bytes at or above it are redrawn, so
 * every character is equally likely. */
const UNBIASED = 256 - (256 % CODE_ALPHABET.length);

/** `count` codes from one draw of random bytes (an import makes 10,000 at once). */
export function newCodes(count: number, length = CODE_LENGTH): string[] {
  const codes: string[] = [];
  let pool = randomBytes(count * length + 16);
  let at = 0;
  for (let c = 0; c < count; c++) {
    let code = '';
    while (code.length < length) {
      if (at === pool.length) {
        pool = randomBytes(256);
        at = 0;
      }
      const b = pool[at++]!;
      if (b < UNBIASED) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
    }
    codes.push(code);
  }
  return codes;
}

/** The stored form: codes are compared upper case, so a member may type them in lower case. */
export const hashCode = (code: string) =>
  createHash('sha256').update(code.trim().toUpperCase()).digest();

export const activationExpiry = (now: Date) =>
  new Date(now.getTime() + ACTIVATION_DAYS * 86400_000);

/**
 * Gives an account a fresh code: no usable password until it is activated, and the old code (if
 * any) stops working. Returns the code in plain text, to be put in the organizers' records only.
 */
export async function issueActivation(q: Queryable, userId: string, now: Date): Promise<string> {
  const code = newCode();
  await q.query(
    `UPDATE users SET activation_hash = $2, activation_expires_at = $3, activated = false,
            password_hash = '', updated_at = $4
      WHERE id = $1`,
    [userId, hashCode(code), activationExpiry(now), now],
  );
  return code;
}

/** Ends every session of a user (all of them, or all but one token's). */
export async function revokeSessions(q: Queryable, userId: string, keep?: Buffer): Promise<void> {
  await q.query(
    `UPDATE sessions SET revoked_at = now()
      WHERE user_id = $1 AND revoked_at IS NULL AND ($2::bytea IS NULL OR token_hash <> $2)`,
    [userId, keep ?? null],
  );
}
