/**
 * Coalesced change notices for the sync worker (docs/sync-protocol.md, "The app side", where a sync runs).
 *
 * After every committed write, Dexie tells the other contexts of the origin (the tabs, whose live
 * queries then run again and re-render) through a BroadcastChannel it opens when it loads. A first
 * sync commits a page of up to a thousand records every 100–300 ms; announcing each one makes
 * every screen's live queries read again (their reads then queue before the worker's next write)
 * and React render again, about ten times in a couple of seconds. While a sync runs in the worker,
 * its notices are held and sent merged, at most once per interval and once when the sync ends, so
 * the screens still follow it, a little later.
 *
 * Dexie creates its channel while its module is evaluated, so this module must be evaluated
 * before Dexie's: the worker imports it first.
 */

/** What a held message is merged with: Dexie's own observability-set merge (mergeRanges). */
export type MergeNotices = (
  into: Record<string, unknown>,
  message: Record<string, unknown>,
) => void;

interface Held {
  channel: BroadcastChannel;
  message: unknown;
}

export interface NoticeGate {
  /** Runs fn with this context's notices held, sent merged every `intervalMs` and at the end. */
  coalesce<T>(fn: () => Promise<T>, intervalMs: number, merge: MergeNotices): Promise<T>;
}

/**
 * Replaces `scope.BroadcastChannel` by a subclass whose messages can be held. Channels opened
 * before this call are not affected.
 */
export function installNoticeGate(
  scope: { BroadcastChannel?: typeof BroadcastChannel } = globalThis,
): NoticeGate {
  const Native = scope.BroadcastChannel;
  if (typeof Native !== 'function') {
    return { coalesce: (fn) => fn() };
  }
  let holding = 0;
  let held: Held[] = [];
  let merge: MergeNotices | null = null;
  const send = Native.prototype.postMessage;

  class GatedChannel extends Native {
    override postMessage(message: unknown): void {
      if (holding > 0) held.push({ channel: this, message });
      else send.call(this, message);
    }
  }
  scope.BroadcastChannel = GatedChannel;

  const flush = () => {
    const batch = held;
    held = [];
    const byChannel = new Map<BroadcastChannel, unknown[]>();
    for (const { channel, message } of batch)
      byChannel.set(channel, [...(byChannel.get(channel) ?? []), message]);
    for (const [channel, messages] of byChannel) {
      const mergeable = merge !== null && messages.every(isRecord);
      if (!mergeable || messages.length === 1) {
        for (const m of messages) send.call(channel, m);
        continue;
      }
      const merged: Record<string, unknown> = {};
      for (const m of messages) merge!(merged, m as Record<string, unknown>);
      send.call(channel, merged);
    }
  };

  return {
    async coalesce(fn, intervalMs, mergeWith) {
      merge = mergeWith;
      holding += 1;
      const timer = setInterval(flush, intervalMs);
      try {
        return await fn();
      } finally {
        clearInterval(timer);
        holding -= 1;
        flush();
      }
    },
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
