import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { ON_POSTGRES, freshDb } from './helpers.ts';
import { startReplica, stopReplica, type Replica } from './replica-process.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import type { Db } from '../../src/server/database/db.ts';

/** Identical stateless replicas on one PostgreSQL. Runs only with DATABASE_URL. */

const post = (url: string, path: string, body: unknown, token?: string) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });

describe.skipIf(!ON_POSTGRES)('two replicas on one PostgreSQL', () => {
  let a: Replica;
  let b: Replica;
  let db: Db;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const fresh = await freshDb();
    db = fresh.db;
    drop = fresh.drop;
    // Both start at once: migrations and the first seed are serialised by advisory locks.
    [a, b] = await Promise.all([startReplica(fresh.url!), startReplica(fresh.url!)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a, b].map(stopReplica));
    await drop?.();
  });

  const login = async (url: string, name: string) => {
    const res = await post(url, '/api/auth/login', { login: name, password: 'lianxin-demo' });
    expect(res.status).toBe(200);
    return ((await res.json()) as { token: string }).token;
  };

  it('seeded the demo district exactly once', async () => {
    const rows = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE login = 'member'`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('a token issued by one replica works on the other, and logout on one revokes it on both', async () => {
    const token = await login(a.url, 'member');
    expect(
      (await fetch(`${b.url}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200);
    const out = await fetch(`${b.url}/api/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.status).toBe(204);
    expect(
      (await fetch(`${a.url}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(401);
  });

  it('two members booking the same slot through different replicas: exactly one wins', async () => {
    const [t1, t2] = await Promise.all([login(a.url, 'member'), login(b.url, 'member2')]);
    const [venue] = await db.query<{ id: string }>('SELECT id FROM venues ORDER BY name LIMIT 1');
    const start = new Date(Date.now() + 3 * 86400_000);
    start.setUTCHours(2, 0, 0, 0);
    const end = new Date(start.getTime() + 2 * 3600_000);
    const booking = (id: string) => ({
      clientId: uuidv7(),
      schemaVersion: 1,
      mutations: [
        {
          seq: 1,
          name: 'booking.create',
          args: {
            id,
            venueId: venue!.id,
            start: start.toISOString(),
            end: end.toISOString(),
            purpose: '路演',
          },
        },
      ],
    });
    const results = await Promise.all([
      post(a.url, '/api/sync/push', booking(uuidv7()), t1).then((r) => r.json()),
      post(b.url, '/api/sync/push', booking(uuidv7()), t2).then((r) => r.json()),
    ]);
    const statuses = results.map(
      (r) => (r as { results: { status: string; code?: string }[] }).results[0]!,
    );
    expect(statuses.filter((s) => s.status === 'applied')).toHaveLength(1);
    expect(statuses.filter((s) => s.status === 'rejected' && s.code === 'slot_taken')).toHaveLength(
      1,
    );
    const rows = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM bookings WHERE venue_id = $1 AND starts_at = $2 AND status = 'booked'`,
      [venue!.id, start],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('one client pushing alternately through both replicas: each mutation applied once, in order', async () => {
    const token = await login(a.url, 'member');
    const clientId = uuidv7();
    const replicas = [a, b];
    for (let seq = 1; seq <= 6; seq++) {
      const body = {
        clientId,
        schemaVersion: 1,
        mutations: [{ seq, name: 'booking.cancel', args: { bookingId: uuidv7() } }],
      };
      const first = await (
        await post(replicas[seq % 2]!.url, '/api/sync/push', body, token)
      ).json();
      // the response is "lost": the phone sends the same push again through the other replica
      const again = await (
        await post(replicas[(seq + 1) % 2]!.url, '/api/sync/push', body, token)
      ).json();
      expect(first).toMatchObject({ lastSeq: seq, results: [{ seq, status: 'rejected' }] });
      // and it is told again why the first one was rejected
      expect(again).toEqual({
        lastSeq: seq,
        results: [{ seq, status: 'duplicate', code: 'not_found', message: expect.any(String) }],
      });
    }
  });

  it('counts the login rate limit across both replicas', async () => {
    for (let i = 0; i < 10; i++) {
      const r = await post(i % 2 ? a.url : b.url, '/api/auth/login', {
        login: 'outsider',
        password: 'wrong-pass',
      });
      expect(r.status).toBe(401);
    }
    for (const url of [a.url, b.url]) {
      const r = await post(url, '/api/auth/login', { login: 'outsider', password: 'lianxin-demo' });
      expect(r.status).toBe(429);
    }
  });

  it('shuts down gracefully on SIGTERM', async () => {
    b.proc.kill('SIGTERM');
    const [code] = (await once(b.proc, 'exit')) as [number];
    expect(code).toBe(0);
    expect((await fetch(`${a.url}/api/health`)).status).toBe(200);
  });
});
