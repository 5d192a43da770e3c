import type * as z from 'zod/mini';
import {
  RECORD_TYPES,
  pullResponseEnvelope,
  type Change,
  type PullResponse,
  type RecordType,
} from '../shared/protocol.ts';
import { recordSchemas } from '../shared/record-schemas.ts';
import { compileCheck, type Check } from '../shared/compile-check.ts';
import { ApiRequestError } from './http.ts';

/** A pulled record the app refused to store: which one, and the first thing wrong with it. */
export interface InvalidRecord {
  type: string;
  id: string;
  issue: string;
}

export interface ParsedPull extends PullResponse {
  /** records left out of `changes` because their `data` does not match their type's schema */
  invalid: InvalidRecord[];
}

// Built on first use, from the shared schemas (see compile-check.ts for why not zod's parse).
let checks: { envelope: Check; records: Record<RecordType, Check> } | null = null;
const compiled = () =>
  (checks ??= {
    envelope: compileCheck(pullResponseEnvelope),
    records: Object.fromEntries(
      RECORD_TYPES.map((t) => [t, compileCheck(recordSchemas[t])]),
    ) as Record<RecordType, Check>,
  });

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isKnownType = (t: string): t is RecordType => (RECORD_TYPES as readonly string[]).includes(t);

/**
 * Checks a pull answer at the boundary before anything is stored (docs/sync-protocol.md "The app
 * side"). A malformed envelope throws `bad_response` and nothing of the page is applied. A record
 * of a known type whose `data` does not match its schema is left out of the page and reported,
 * while the rest of the page (and the cursor) goes ahead: one broken record must not stop a phone
 * from ever syncing again, and a record the screens cannot read is worse stored than absent. The
 * copy the phone already holds, if any, stays until the server sends a readable one. Records of
 * types this build does not know pass through (applyPage skips them; pull rule 1).
 */
export function parsePullResponse(v: unknown): ParsedPull {
  const { envelope, records } = compiled();
  if (envelope(v) !== null) {
    throw new ApiRequestError('bad_response', 200, 'The pull answer has an unknown shape.');
  }
  const page = v as z.infer<typeof pullResponseEnvelope>;
  const { cursor, hasMore, lastSeq, reset, total, changes: raw } = page;
  const changes: Change[] = [];
  const invalid: InvalidRecord[] = [];
  for (const c of raw) {
    const type = c.type as RecordType;
    if (c.op === 'del') {
      changes.push({ type, op: 'del', id: c.id });
      continue;
    }
    if (!isObject(c.data)) {
      throw new ApiRequestError('bad_response', 200, 'A pulled change has no data.');
    }
    if (isKnownType(c.type)) {
      const wrong = records[c.type](c.data);
      if (wrong !== null) {
        invalid.push({
          type: c.type,
          id: c.id,
          issue: `${wrong.path.join('.')}: ${wrong.message}`,
        });
        continue;
      }
    }
    // The data as sent (fields this build does not know included), now known to fit the schema.
    changes.push({ type, op: 'put', id: c.id, data: c.data });
  }
  return {
    cursor,
    hasMore,
    lastSeq,
    reset: reset === true,
    changes,
    ...(total !== undefined ? { total } : {}),
    invalid,
  };
}

/** Leaves a trace of refused records for whoever looks at the console; the sync carries on. */
export function reportInvalidRecords(invalid: readonly InvalidRecord[]): void {
  if (invalid.length === 0) return;
  console.warn(`sync: ${invalid.length} pulled record(s) did not match their schema`, invalid);
}
