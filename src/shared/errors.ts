/** Error body of every API response (docs/sync-protocol.md conventions). */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Codes a push may reject a single mutation with (docs/sync-protocol.md push rule 4). */
export const REJECT_CODES = [
  'invalid_request',
  'forbidden',
  'not_found',
  'conflict',
  'slot_taken',
  'invalid_transition',
  'bad_code',
  'outside_window',
  'bad_card',
  'unknown_mutation',
  // organisation work (docs/sync-protocol.md, "Mutations, v1.1")
  'invalid_credit_code',
  'invalid_instructor',
  'invalid_contacts',
  'invalid_introducers',
  'too_early',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];
