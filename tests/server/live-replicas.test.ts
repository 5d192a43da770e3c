import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { ON_POSTGRES, freshDb } from './helpers.ts';
import { startReplica, stopReplica, type Replica } from './replica-process.ts';
import { openLive, type StreamReader } from './live-stream.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import type { PullResponse } from '../../src/shared/protocol.ts';

/** Live updates across two server processes on one PostgreSQL (LISTEN/NOTIFY). */
describe.skipIf(!ON_POSTGRES)('live updates across replicas', () => {
  let a: Replica;
  let b: Replica;
  let drop: () => Promise<void>;
  const streams: StreamReader[] = [];

  beforeAll(async () => {
    const fresh = await freshDb();
    drop = fresh.drop;
    await fresh.db.close();
    [a, b] = await Promise.all([startReplica(fresh.url!), startReplica(fresh.url!)]);
  }, 120_000);
  afterAll(async () => {
    for (const r of streams) r.close();
    await Promise.all([a, b].map(stopReplica));
    await drop?.();
  });

  const call = (url: string, path: string, token: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const login = async (url: string, name: string) => {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: name, password: 'lianxin-demo' }),
    });
    return ((await res.json()) as { token: string }).token;
  };
  const pullEnd = async (url: string, token: string, clientId: string, cursor?: string) => {
    let body: PullResponse;
    const ids: string[] = [];
    do {
      const q = new URLSearchParams({ clientId, ...(cursor ? { cursor } : {}) });
      body = (await (await call(url, `/api/sync/pull?${q}`, token)).json()) as PullResponse;
      ids.push(...body.changes.map((c) => c.id));
      cursor = body.cursor;
    } while (body.hasMore);
    return { body, ids };
  };

  it('a commit on replica A pokes a stream on replica B within a second, and B’s next poll has it', async () => {
    const organizer = await login(b.url, 'organizer');
    const clientId = uuidv7();
    const start = await pullEnd(b.url, organizer, clientId);
    const live = await openLive(b.url, organizer);
    streams.push(live);
    await live.pokeAfter(0);
    // B's idle poll, before anything happens
    expect((await pullEnd(b.url, organizer, clientId, start.body.cursor)).ids).toEqual([]);

    const member = await login(a.url, 'member');
    const requestId = uuidv7();
    const before = Date.now();
    const pushed = await call(a.url, '/api/sync/push', member, {
      clientId: uuidv7(),
      schemaVersion: 1,
      mutations: [
        {
          seq: 1,
          name: 'request.create',
          args: { id: requestId, category: 'general', title: '门禁卡', body: '门禁卡失灵了' },
          at: new Date().toISOString(),
        },
      ],
    });
    expect(pushed.status).toBe(200);
    const poke = await live.pokeAfter(before, 1000);
    expect(poke.at - before).toBeLessThan(1000);
    expect((await pullEnd(b.url, organizer, clientId, start.body.cursor)).ids).toContain(requestId);
  });

  it('signing out on replica A ends the stream on replica B', async () => {
    const token = await login(a.url, 'member2');
    const live = await openLive(b.url, token);
    streams.push(live);
    await live.pokeAfter(0);
    expect((await call(a.url, '/api/auth/logout', token, {})).status).toBe(204);
    await Promise.race([live.ended, sleep(1000).then(() => Promise.reject(new Error('open')))]);
    expect((await call(b.url, '/api/sync/pull?clientId=' + uuidv7(), token)).status).toBe(401);
  });
});
