import * as z from 'zod/mini';

/**
 * True when `s` can be stored and shown as text: no U+0000 (PostgreSQL refuses it in `text` and
 * `jsonb`) and no half of a UTF-16 surrogate pair without its other half (not a character at all;
 * it cannot be encoded as UTF-8). A loop, not a regular expression, because the lookbehind such a
 * pattern needs is missing from older Safari, where this runs too.
 */
export function isSafeText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return false;
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c >= 0xdc00) return false;
    const next = s.charCodeAt(i + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

/** The same text with each NUL and broken surrogate replaced by U+FFFD (for messages we store). */
export function toSafeText(s: string): string {
  if (isSafeText(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += s[i]! + s[i + 1]!;
      i++;
    } else {
      out += c === 0 || (c >= 0xd800 && c <= 0xdfff) ? '\ufffd' : s[i]!;
    }
  }
  return out;
}

export const safeText = z.refine<string>(
  isSafeText,
  'Text may not contain NUL or broken characters.',
);

/**
 * Every string a client sends (route bodies and queries, push envelopes, mutation args) is one of
 * these, so NUL and broken surrogates are refused once, at the schema layer, as `invalid_request`.
 */
export const str = (...checks: z.core.$ZodCheck<string>[]) => z.string().check(safeText, ...checks);

export const id = z.uuid();
export const isoTime = z.iso.datetime({ offset: true });
/** Required text: trimmed, not empty, at most `max` characters. */
export const text = (max: number) => str(z.trim(), z.minLength(1), z.maxLength(max));
/** Text that may be empty: trimmed, at most `max` characters. */
export const freeText = (max: number) => str(z.trim(), z.maxLength(max));
export const score = z.int().check(z.minimum(1), z.maximum(5));
