import type { TestServer } from './helpers.ts';
import { auth } from './helpers.ts';
import type { PullResponse, PushResponse } from '../../src/shared/protocol.ts';

export interface M {
  seq: number;
  name: string;
  args: unknown;
}

export async function push(
  s: TestServer,
  token: string,
  clientId: string,
  mutations: M[],
  schemaVersion = 1,
) {
  const res = await s.app.inject({
    method: 'POST',
    url: '/api/sync/push',
    headers: auth(token),
    payload: {
      clientId,
      schemaVersion,
      mutations: mutations.map((m) => ({ ...m, at: new Date().toISOString() })),
    },
  });
  return {
    status: res.statusCode,
    body: res.json() as PushResponse & { error?: { code: string; details?: { lastSeq: number } } },
  };
}

export async function pull(
  s: TestServer,
  token: string,
  clientId: string,
  cursor?: string,
  limit?: number,
) {
  const q = new URLSearchParams({ clientId });
  if (cursor !== undefined) q.set('cursor', cursor);
  if (limit !== undefined) q.set('limit', String(limit));
  const res = await s.app.inject({ url: `/api/sync/pull?${q}`, headers: auth(token) });
  return {
    status: res.statusCode,
    body: res.json() as PullResponse & { error?: { code: string } },
  };
}

/**
 * Pulls until the answer says `reset` (or 2 s pass, then returns the last answer). A change made
 * straight in the database reaches the server's cached sessions and its idle-pull shortcut by
 * notification, within a second (docs/sync-protocol.md, Live): on PostgreSQL that is not at once.
 */
export async function pullUntilReset(
  s: TestServer,
  token: string,
  clientId: string,
  cursor: string,
) {
  const until = Date.now() + 2000;
  for (;;) {
    const r = await pull(s, token, clientId, cursor);
    if (r.body.reset || Date.now() > until) return r;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Pulls every page from `cursor` and returns all changes and the final response. */
export async function pullAll(
  s: TestServer,
  token: string,
  clientId: string,
  cursor?: string,
  limit = 1000,
) {
  const changes: PullResponse['changes'] = [];
  let cur = cursor;
  for (;;) {
    const { status, body } = await pull(s, token, clientId, cur, limit);
    if (status !== 200) throw new Error(`pull failed ${status} ${JSON.stringify(body)}`);
    changes.push(...body.changes);
    cur = body.cursor;
    if (!body.hasMore) return { changes, last: body };
  }
}

export async function venueIds(s: TestServer): Promise<string[]> {
  return (await s.db.query<{ id: string }>('SELECT id FROM venues ORDER BY name')).map((r) => r.id);
}

/** An hour-long slot starting `daysAhead` days from now at a whole hour. */
export function slot(daysAhead = 1, hour = 10) {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + daysAhead);
  d.setUTCHours(hour, 0, 0, 0);
  const end = new Date(d.getTime() + 3600_000);
  return { start: d.toISOString(), end: end.toISOString() };
}

/** The data of a put change, or undefined for a delete. */
export const dataOf = <T = Record<string, unknown>>(
  c: PullResponse['changes'][number] | undefined,
): T | undefined => (c && c.op === 'put' ? (c.data as T) : undefined);
