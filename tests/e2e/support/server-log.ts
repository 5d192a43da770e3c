import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {} from 'vitest';
import { sharedServer } from './shared-server.ts';

export interface LoggedRequest {
  method: string;
  url: string;
}

const MARK_PATH = '/api/health?e2e-mark=';

/** The requests in a server log: Fastify logs each one as it arrives ("incoming request"). */
export function parseRequests(log: string): LoggedRequest[] {
  const requests: LoggedRequest[] = [];
  for (const line of log.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line) as { msg?: string; req?: { method?: string; url?: string } };
      if (entry.msg === 'incoming request' && entry.req?.method && entry.req.url) {
        requests.push({ method: entry.req.method, url: entry.req.url });
      }
    } catch {
      // a line the server printed for people, such as the demo logins
    }
  }
  return requests;
}

/**
 * Sends a marked request from the test itself and waits until the server has logged it. The
 * log is written asynchronously but in order, so every request that reached the server before
 * the mark is in the log once the mark is. Returns the mark's position in the request list.
 */
export async function markLog(baseURL: string, logFile: string, timeout = 10_000): Promise<number> {
  const url = `${MARK_PATH}${randomUUID()}`;
  const res = await fetch(new URL(url, baseURL));
  if (!res.ok) throw new Error(`The server answered ${res.status} to ${url}.`);
  const deadline = Date.now() + timeout;
  for (;;) {
    const at = parseRequests(readFileSync(logFile, 'utf8')).findIndex((r) => r.url === url);
    if (at >= 0) return at;
    if (Date.now() > deadline)
      throw new Error(`The server did not log ${url} within ${timeout} ms.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Requests logged between two marks, leaving out the marks themselves. */
export function requestsBetween(logFile: string, from: number, to: number): LoggedRequest[] {
  return parseRequests(readFileSync(logFile, 'utf8'))
    .slice(from + 1, to)
    .filter((r) => !r.url.startsWith(MARK_PATH));
}

/** markLog on the shared e2e server. */
export const markServerLog = () => markLog(sharedServer().url, sharedServer().log);

/** requestsBetween on the shared e2e server. */
export const serverRequestsBetween = (from: number, to: number) =>
  requestsBetween(sharedServer().log, from, to);
