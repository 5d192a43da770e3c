import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../src/db/types.ts';
import { backoffDelay, BACKOFF_CAP_MS } from '../../../src/sync/backoff.ts';
import { envelopeBytes, splitBatches, toEnvelope } from '../../../src/sync/batches.ts';

const entry = (seq: number, bodyBytes = 10): OutboxEntry => ({
  userId: 'u',
  clientId: 'c',
  seq,
  name: 'wall.post',
  args: { body: 'x'.repeat(bodyBytes) },
  at: '2025-03-01T08:00:00Z',
});

describe('push batches', () => {
  it('keep seq order and at most 500 mutations', () => {
    const batches = splitBatches(Array.from({ length: 1234 }, (_, i) => entry(i + 1)));
    expect(batches.map((b) => b.length)).toEqual([500, 500, 234]);
    expect(batches.flat().map((m) => m.seq)).toEqual(Array.from({ length: 1234 }, (_, i) => i + 1));
  });

  it('stay under the byte budget', () => {
    const entries = Array.from({ length: 10 }, (_, i) => entry(i + 1, 300_000));
    const batches = splitBatches(entries, 500, 900 * 1024);
    expect(batches.map((b) => b.length)).toEqual([3, 3, 3, 1]);
    for (const b of batches) {
      expect(b.reduce((n, m) => n + envelopeBytes(m) + 1, 0)).toBeLessThanOrEqual(900 * 1024);
    }
  });

  it('send an oversized mutation alone rather than never', () => {
    const batches = splitBatches([entry(1), entry(2, 2_000_000), entry(3)], 500, 900 * 1024);
    expect(batches.map((b) => b.map((m) => m.seq))).toEqual([[1], [2], [3]]);
    expect(toEnvelope(entry(7))).toEqual({
      seq: 7,
      name: 'wall.post',
      args: { body: 'x'.repeat(10) },
      at: '2025-03-01T08:00:00Z',
    });
  });
});

describe('backoff', () => {
  it('grows exponentially with jitter and stops at about five minutes', () => {
    expect(backoffDelay(1, () => 0)).toBe(1_000);
    expect(backoffDelay(1, () => 1)).toBe(2_000);
    expect(backoffDelay(3, () => 1)).toBe(8_000);
    expect(backoffDelay(30, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(30, () => 0)).toBe(BACKOFF_CAP_MS / 2);
  });
});
