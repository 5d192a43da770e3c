import { MAX_PUSH_MUTATIONS, type MutationEnvelope } from '../shared/protocol.ts';
import type { OutboxEntry } from '../db/types.ts';

/** Below the server's 1 MiB (docs/sync-protocol.md push rule 5), leaving room for the envelope and headers. */
export const PUSH_BYTE_BUDGET = 900 * 1024;

const encoder = new TextEncoder();

export function toEnvelope(e: OutboxEntry): MutationEnvelope {
  return { seq: e.seq, name: e.name, args: e.args, at: e.at };
}

export function envelopeBytes(m: MutationEnvelope): number {
  return encoder.encode(JSON.stringify(m)).byteLength;
}

/**
 * Splits entries (in seq order) into pushes of at most `maxCount` mutations and `maxBytes` of
 * JSON. A single mutation over the budget still goes alone: mutate() refuses to queue those, so it
 * can only come from an older build, and the server's 413 then shows as a sync error.
 */
export function splitBatches(
  entries: readonly OutboxEntry[],
  maxCount = MAX_PUSH_MUTATIONS,
  maxBytes = PUSH_BYTE_BUDGET,
): MutationEnvelope[][] {
  const out: MutationEnvelope[][] = [];
  let current: MutationEnvelope[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const m = toEnvelope(entry);
    const size = envelopeBytes(m) + 1;
    if (current.length > 0 && (current.length >= maxCount || bytes + size > maxBytes)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(m);
    bytes += size;
  }
  if (current.length) out.push(current);
  return out;
}
