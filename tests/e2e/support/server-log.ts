import { readFileSync } from 'node:fs';
import { inject } from 'vitest';

export interface LoggedRequest {
  method: string;
  url: string;
}

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

/** Requests that reached the shared e2e server so far. */
export function serverRequests(): LoggedRequest[] {
  return parseRequests(readFileSync(inject('serverLog'), 'utf8'));
}
