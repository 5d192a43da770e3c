import { describe, expect, it } from 'vitest';
import { connectLive } from '../../../src/sync/live.ts';

/** A response whose body is the given SSE chunks, then (unless `hold`) its end. */
function sse(chunks: string[], hold = false): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      if (!hold) controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

const until = async (cond: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('the live stream client', () => {
  it('sends the bearer token, reports pokes split across chunks, and ignores comments and other events', async () => {
    const pokes: number[] = [];
    const states: boolean[] = [];
    const seen: { url: string; auth: string | null }[] = [];
    const conn = connectLive({
      token: async () => 'tok-123',
      onPoke: (v) => pokes.push(v),
      onState: (up) => states.push(up),
      fetch: async (url, init) => {
        seen.push({ url, auth: new Headers(init?.headers).get('authorization') });
        return sse(
          [
            ': live\n\nevent: poke\ndata: {"vers',
            'ion":7}\n\n',
            ': keep-alive\n\n',
            'event: other\ndata: x\n\n',
            'event: poke\ndata: {"version":9}\n\n',
          ],
          true,
        );
      },
    });
    await until(() => pokes.length === 2);
    conn.stop();
    expect(pokes).toEqual([7, 9]);
    expect(states[0]).toBe(true);
    expect(seen[0]).toEqual({ url: '/api/sync/live', auth: 'Bearer tok-123' });
  });

  it('stops for good on a 401 and when nobody is signed in', async () => {
    let calls = 0;
    let ended = false;
    connectLive({
      token: async () => 'tok',
      onPoke: () => undefined,
      onState: () => undefined,
      onEnd: () => (ended = true),
      fetch: async () => {
        calls++;
        return new Response('{"error":{"code":"unauthenticated","message":"x"}}', { status: 401 });
      },
    });
    await until(() => ended);
    expect(calls).toBe(1);

    let fetched = false;
    let ended2 = false;
    connectLive({
      token: async () => null,
      onPoke: () => undefined,
      onState: () => undefined,
      onEnd: () => (ended2 = true),
      fetch: async () => ((fetched = true), sse([])),
    });
    await until(() => ended2);
    expect(fetched).toBe(false);
  });

  it('reconnects after the stream ends (a server restart), and says it was down meanwhile', async () => {
    const states: boolean[] = [];
    let calls = 0;
    const conn = connectLive({
      token: async () => 'tok',
      onPoke: () => undefined,
      onState: (up) => states.push(up),
      fetch: async () => {
        calls++;
        // the first stream ends at once; the second stays open
        return sse(['event: poke\ndata: {"version":1}\n\n'], calls > 1);
      },
    });
    // the backoff after a short-lived stream is a couple of seconds at most
    await until(() => calls === 2, 5000);
    conn.stop();
    expect(states.slice(0, 3)).toEqual([true, false, true]);
  });
});
