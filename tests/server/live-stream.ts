import { createParser } from 'eventsource-parser';

/** A test's reader of GET /api/sync/live over real HTTP: what arrived, and when it ended. */
export interface StreamReader {
  status: number;
  contentType: string | null;
  pokes: { version: number; at: number }[];
  comments: string[];
  ended: Promise<void>;
  /** resolves with the first poke that arrives after `since` (ms timestamp) */
  pokeAfter(since: number, timeoutMs?: number): Promise<{ version: number; at: number }>;
  close(): void;
}

export async function openLive(baseUrl: string, token: string): Promise<StreamReader> {
  const abort = new AbortController();
  const res = await fetch(`${baseUrl}/api/sync/live`, {
    headers: { authorization: `Bearer ${token}` },
    signal: abort.signal,
  });
  const pokes: StreamReader['pokes'] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  const parser = createParser({
    onEvent: (e) => {
      if (e.event === 'poke') {
        pokes.push({
          version: (JSON.parse(e.data) as { version: number }).version,
          at: Date.now(),
        });
        for (const w of waiters) w();
      }
    },
    onComment: (c) => comments.push(c),
  });
  const ended = (async () => {
    if (!res.body) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        parser.feed(decoder.decode(chunk, { stream: true }));
      }
    } catch {
      /* aborted */
    }
  })();
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    pokes,
    comments,
    ended,
    pokeAfter(since, timeoutMs = 3000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const p = pokes.find((x) => x.at >= since);
          if (p) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(p);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no poke within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => abort.abort(),
  };
}
