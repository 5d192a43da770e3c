import type { Change, PullResponse } from '../shared/protocol.ts';
import { ApiRequestError } from './http.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function parseChange(v: unknown): Change | null {
  if (!isObject(v) || typeof v.type !== 'string' || typeof v.id !== 'string') return null;
  // The type list is checked against TYPE_TABLE by the caller: new types may be added (pull rule 1).
  const type = v.type as Change['type'];
  if (v.op === 'del') return { type, op: 'del', id: v.id };
  if (v.op === 'put' && isObject(v.data)) return { type, op: 'put', id: v.id, data: v.data };
  return null;
}

/** Checks a pull answer's shape at the boundary (ARCHITECTURE habit 3) before anything is stored. */
export function parsePullResponse(v: unknown): PullResponse {
  if (
    !isObject(v) ||
    typeof v.cursor !== 'string' ||
    typeof v.hasMore !== 'boolean' ||
    typeof v.lastSeq !== 'number' ||
    !Array.isArray(v.changes)
  ) {
    throw new ApiRequestError('bad_response', 200, 'The pull answer has an unknown shape.');
  }
  const changes: Change[] = [];
  for (const c of v.changes) {
    const parsed = parseChange(c);
    if (!parsed)
      throw new ApiRequestError('bad_response', 200, 'A pulled change has an unknown shape.');
    changes.push(parsed);
  }
  return {
    cursor: v.cursor,
    hasMore: v.hasMore,
    reset: v.reset === true,
    lastSeq: v.lastSeq,
    changes,
    ...(typeof v.total === 'number' ? { total: v.total } : {}),
  };
}
