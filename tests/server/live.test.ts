import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer, auth, type TestServer } from './helpers.ts';
import { pull, pullAll, push } from './sync-helpers.ts';
import { openLive, type StreamReader } from './live-stream.ts';
import { uuidv7 } from '../../src/shared/ids.ts';

/** GET /api/sync/live and the idle pull, on the real app over HTTP (PGlite, or DATABASE_URL). */
describe('live updates', () => {
  let s: TestServer;
  let url: string;
  const streams: StreamReader[] = [];
  const open = async (token: string) => {
    const r = await openLive(url, token);
    streams.push(r);
    return r;
  };
  const fileRequest = (token: string, seq = 1, clientId = uuidv7()) =>
    push(s, token, clientId, [
      {
        seq,
        name: 'request.create',
        args: { id: uuidv7(), category: 'general', title: '打印机坏了', body: '三楼打印机卡纸' },
      },
    ]);

  beforeAll(async () => {
    s = await startServer();
    url = await s.app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(async () => {
    for (const r of streams) r.close();
    await s?.close();
  });

  it('answers an event stream, pokes at once, and pokes again when a change the viewer may see commits', async () => {
    const organizer = await open(await s.login('organizer'));
    expect(organizer.status).toBe(200);
    expect(organizer.contentType).toMatch(/^text\/event-stream/);
    await organizer.pokeAfter(0);
    const member = await s.login('member');
    const before = Date.now();
    const res = await fileRequest(member);
    expect(res.body.results[0]!.status).toBe('applied');
    const poke = await organizer.pokeAfter(before, 1000);
    expect(poke.at - before).toBeLessThan(1000);
    // the version is one the organizer's next pull reaches
    expect(poke.version).toBeGreaterThan(organizer.pokes[0]!.version);
  });

  it('refuses a missing or bad token with 401 and no stream', async () => {
    const res = await fetch(`${url}/api/sync/live`, { headers: auth('x'.repeat(43)) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });

  it('sends a comment line at the heartbeat interval', async () => {
    s.ctx.liveHeartbeatMs = 150;
    try {
      const r = await open(await s.login('member2'));
      await sleep(700);
      expect(r.comments.filter((c) => c.includes('keep-alive')).length).toBeGreaterThanOrEqual(2);
    } finally {
      delete s.ctx.liveHeartbeatMs;
    }
  });

  it('ends the stream when its token is revoked', async () => {
    const token = await s.login('staff');
    const r = await open(token);
    await r.pokeAfter(0);
    const out = await s.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: auth(token),
    });
    expect(out.statusCode).toBe(204);
    const started = Date.now();
    await Promise.race([r.ended, sleep(2000).then(() => Promise.reject(new Error('still open')))]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('holds a few streams per user, ending the oldest to make room for a new one', async () => {
    s.ctx.liveStreamsPerUser = 2;
    try {
      const token = await s.login('member');
      const first = await open(token);
      const second = await open(token);
      const other = await open(await s.login('organizer'));
      await Promise.all([first.pokeAfter(0), second.pokeAfter(0), other.pokeAfter(0)]);
      const third = await open(token);
      expect(third.status).toBe(200);
      await third.pokeAfter(0);
      // the oldest of the member's streams ends; the newer one and another user's stay open
      await Promise.race([
        first.ended,
        sleep(2000).then(() => Promise.reject(new Error('the oldest is still open'))),
      ]);
      const before = Date.now();
      await fileRequest(token, 1);
      await Promise.all([
        second.pokeAfter(before),
        third.pokeAfter(before),
        other.pokeAfter(before),
      ]);
    } finally {
      delete s.ctx.liveStreamsPerUser;
    }
  });

  it('ends the stream when its session is revoked by the database (another process, an admin)', async () => {
    const token = await s.login('member2');
    const r = await open(token);
    await r.pokeAfter(0);
    await s.db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [
      s.ids.users.member2,
    ]);
    await Promise.race([r.ended, sleep(1000).then(() => Promise.reject(new Error('still open')))]);
  });
});

describe('the idle pull', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  }, 60_000);
  afterAll(() => s?.close());

  /** Counts the database calls made while `fn` runs. */
  const countQueries = async <T>(fn: () => Promise<T>) => {
    const db = s.db as { query: (...a: never[]) => unknown; tx: (...a: never[]) => unknown };
    const query = db.query;
    const tx = db.tx;
    let n = 0;
    db.query = (...a) => (n++, query.apply(s.db, a));
    db.tx = (...a) => (n++, tx.apply(s.db, a));
    try {
      return { result: await fn(), queries: n };
    } finally {
      db.query = query;
      db.tx = tx;
    }
  };

  it('answers a poll with nothing new without the database, yet never hides a change or a lastSeq', async () => {
    const member = await s.login('member');
    const organizer = await s.login('organizer');
    const clientId = uuidv7();
    const first = await pullAll(s, member, clientId);
    // warm the token cache
    await pull(s, member, clientId, first.last.cursor);

    const idle = await countQueries(() => pull(s, member, clientId, first.last.cursor));
    expect(idle.result.body).toMatchObject({
      changes: [],
      hasMore: false,
      reset: false,
      lastSeq: 0,
    });
    expect(idle.queries).toBe(0);

    // The member's own push, rejected (no record changes, only lastSeq): the next poll says so.
    const rejected = await push(s, member, clientId, [
      { seq: 1, name: 'request.cancel', args: { requestId: uuidv7() } },
    ]);
    expect(rejected.body.results[0]!.status).toBe('rejected');
    const afterPush = await pull(s, member, clientId, idle.result.body.cursor);
    expect(afterPush.body.lastSeq).toBe(1);
    expect(afterPush.body.changes).toEqual([]);

    // Someone else's change the member may see (an event at the member's branch, by the organizer).
    const cursor = afterPush.body.cursor;
    expect((await countQueries(() => pull(s, member, clientId, cursor))).queries).toBe(0);
    const id = uuidv7();
    const saved = await push(s, organizer, uuidv7(), [
      {
        seq: 1,
        name: 'event.save',
        args: eventArgs(id, s.ids.branchA),
      },
    ]);
    expect(saved.body.results[0]!.status).toBe('applied');
    const next = await pull(s, member, clientId, cursor);
    expect(next.body.changes.map((c) => c.id)).toContain(id);
    expect(next.body.lastSeq).toBe(1);
  });

  it('a cursor made for another clientId or user takes the ordinary path', async () => {
    const member = await s.login('member');
    const clientId = uuidv7();
    const first = await pullAll(s, member, clientId);
    const other = await countQueries(() => pull(s, member, uuidv7(), first.last.cursor));
    expect(other.result.status).toBe(200);
    expect(other.queries).toBeGreaterThan(0);
  });
});

function eventArgs(id: string, orgId: string) {
  const start = new Date(Date.now() + 86400_000);
  return {
    id,
    orgId,
    title: '主题党日',
    theme: '学习',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 7200_000).toISOString(),
    venue: '会议室',
    agenda: [],
  };
}
