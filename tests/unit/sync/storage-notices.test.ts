import { mergeRanges, RangeSet, rangesOverlap, type IntervalTree } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installNoticeGate, type MergeNotices } from '../../../src/sync/storage-notices.ts';

/** A BroadcastChannel stand-in that records what reaches the other contexts. */
function fakeScope() {
  const sent: unknown[] = [];
  class Channel {
    constructor(readonly name: string) {}
    postMessage(message: unknown) {
      sent.push(structuredClone(message));
    }
    close() {}
  }
  return { scope: { BroadcastChannel: Channel as unknown as typeof BroadcastChannel }, sent };
}

const merge: MergeNotices = (into, message) => {
  for (const [part, ranges] of Object.entries(message))
    mergeRanges((into[part] ??= new RangeSet()) as IntervalTree, ranges as IntervalTree);
};

const part = (table: string) => `idb://lianxin/${table}/`;

afterEach(() => {
  vi.useRealTimers();
});

describe('notice gate of the sync worker', () => {
  it('passes notices straight through while no sync runs', () => {
    const { scope, sent } = fakeScope();
    installNoticeGate(scope);
    const channel = new scope.BroadcastChannel('x-storagemutated-1');
    channel.postMessage({ [part('lessons')]: new RangeSet('a', 'b') });
    expect(sent).toHaveLength(1);
  });

  it('holds notices during a sync and sends them merged: on each interval and at the end', async () => {
    vi.useFakeTimers();
    const { scope, sent } = fakeScope();
    const gate = installNoticeGate(scope);
    const channel = new scope.BroadcastChannel('x-storagemutated-1');
    let finish = () => {};
    const run = gate.coalesce(
      () =>
        new Promise<string>((resolve) => {
          finish = () => resolve('done');
        }),
      1000,
      merge,
    );
    channel.postMessage({ [part('lessons')]: new RangeSet('a', 'c') });
    channel.postMessage({
      [part('lessons')]: new RangeSet('x', 'z'),
      [part('meta')]: new RangeSet('cursor'),
    });
    expect(sent).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1);
    const first = sent[0] as Record<string, IntervalTree>;
    expect(Object.keys(first).sort()).toEqual([part('lessons'), part('meta')]);
    // One message that covers both pages' keys and nothing in between.
    expect(rangesOverlap(first[part('lessons')]!, new RangeSet('b'))).toBe(true);
    expect(rangesOverlap(first[part('lessons')]!, new RangeSet('y'))).toBe(true);
    expect(rangesOverlap(first[part('lessons')]!, new RangeSet('m'))).toBe(false);

    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1); // nothing new, nothing sent

    channel.postMessage({ [part('events')]: new RangeSet('e') });
    finish();
    await expect(run).resolves.toBe('done');
    expect(sent).toHaveLength(2);
    expect(Object.keys(sent[1] as object)).toEqual([part('events')]);

    // After the sync, straight through again.
    channel.postMessage({ [part('meta')]: new RangeSet('lastSyncedAt') });
    expect(sent).toHaveLength(3);
  });

  it('sends what it held when the sync fails, too', async () => {
    const { scope, sent } = fakeScope();
    const gate = installNoticeGate(scope);
    const channel = new scope.BroadcastChannel('x-storagemutated-1');
    const run = gate.coalesce(
      async () => {
        channel.postMessage({ [part('requests')]: new RangeSet('r') });
        throw new Error('network');
      },
      1000,
      merge,
    );
    await expect(run).rejects.toThrow('network');
    expect(sent).toEqual([expect.objectContaining({ [part('requests')]: expect.anything() })]);
  });

  it('leaves channels opened before it alone, and runs plainly where there is no channel', async () => {
    const { scope, sent } = fakeScope();
    const before = new scope.BroadcastChannel('x-storagemutated-1');
    const gate = installNoticeGate(scope);
    let held = false;
    await gate.coalesce(
      async () => {
        before.postMessage({ [part('lessons')]: new RangeSet('a') });
        held = sent.length === 0;
      },
      1000,
      merge,
    );
    expect(held).toBe(false);

    const bare = installNoticeGate({});
    await expect(bare.coalesce(async () => 7, 1000, merge)).resolves.toBe(7);
  });

  it("the app's worker installs it before Dexie opens its channel", async () => {
    // Dexie opens its channel as its module is evaluated; the worker's first import installs
    // the gate, so Dexie's channel is the gated one.
    const source = await import('node:fs/promises').then((fs) =>
      fs.readFile(new URL('../../../src/sync/sync-worker.ts', import.meta.url), 'utf8'),
    );
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports[0]).toBe('./sync-worker-gate.ts');
  });
});
