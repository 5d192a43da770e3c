import { createParser } from 'eventsource-parser';
import { backoffDelay } from './backoff.ts';
import type { FetchLike } from './http.ts';

/** The server comments at least every 20 s: this long without a byte means the line is dead. */
export const SILENCE_MS = 60_000;
/** A stream that stayed up this long counts as healthy: the next drop reconnects at once. */
const HEALTHY_MS = 30_000;

export interface LiveOptions {
  /** the bearer token now, or null when nobody is signed in (the stream then stops) */
  token(): Promise<string | null>;
  /** a change this user may see has committed (also sent once as the stream opens) */
  onPoke(version: number): void;
  /** the stream is open (true) or down (false) */
  onState(up: boolean): void;
  /** it stopped for good: refused (401), nobody signed in, or stop() */
  onEnd?(): void;
  fetch?: FetchLike;
  baseUrl?: string;
}

export interface LiveConnection {
  stop(): void;
}

/**
 * Reads GET /api/sync/live (docs/sync-protocol.md, Live) with fetch, since EventSource cannot send
 * the bearer header, and parses it with a maintained SSE parser. Reconnects with backoff until
 * stopped; gives up on a 401 (signing in again starts it anew). No DOM: runs wherever fetch does.
 */
export function connectLive(opts: LiveOptions): LiveConnection {
  let stopped = false;
  let abort: AbortController | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  const loop = async () => {
    while (!stopped) {
      const token = await opts.token();
      if (!token || stopped) break;
      const opened = Date.now();
      const outcome = await readOnce(token);
      opts.onState(false);
      if (outcome === 'refused' || stopped) break;
      failures = Date.now() - opened > HEALTHY_MS ? 0 : failures + 1;
      if (failures === 0) continue;
      await new Promise<void>((resolve) => {
        retry = setTimeout(resolve, backoffDelay(failures));
      });
    }
    stopped = true;
    opts.onEnd?.();
  };

  const readOnce = async (token: string): Promise<'refused' | 'ended'> => {
    abort = new AbortController();
    const controller = abort;
    let silence: ReturnType<typeof setTimeout> | undefined;
    const quiet = () => {
      clearTimeout(silence);
      silence = setTimeout(() => controller.abort(), SILENCE_MS);
    };
    try {
      quiet();
      const f = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));
      const res = await f(`${opts.baseUrl ?? ''}/api/sync/live`, {
        headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
        signal: controller.signal,
        cache: 'no-store',
      });
      if (res.status === 401) return 'refused';
      if (!res.ok || !res.body) return 'ended';
      opts.onState(true);
      const parser = createParser({
        onEvent: (e) => {
          if (e.event !== 'poke') return;
          try {
            const { version } = JSON.parse(e.data) as { version?: unknown };
            opts.onPoke(typeof version === 'number' ? version : 0);
          } catch {
            opts.onPoke(0); // a poke we cannot read is still a poke
          }
        },
      });
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        quiet();
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } catch {
      /* network failure, silence or stop: reconnect unless stopped */
    } finally {
      clearTimeout(silence);
      controller.abort();
    }
    return 'ended';
  };

  void loop();
  return {
    stop() {
      stopped = true;
      clearTimeout(retry);
      abort?.abort();
    },
  };
}
