import { createECDH, createPublicKey, randomBytes, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as ece from 'http_ece';
import { auth, startServer, type TestServer } from './helpers.ts';
import { push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { saveSubscription, sendPush } from '../../src/server/push/send.ts';
import { vapidKeys } from '../../src/server/push/vapid.ts';

/**
 * Web Push end to end on the server side (docs/notices.md "Web Push"): a local HTTP server plays
 * the push service; what reaches it is decrypted as a browser would (RFC 8291, aes128gcm) and its
 * VAPID signature checked against the key the app is given.
 */

interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

let s: TestServer;
let member: string;
let pushService: Server;
let agent: Agent;
let base: string;
const received: Received[] = [];
/** the status the fake push service answers, per path */
const answers = new Map<string, number>();

/** A browser's side of a subscription: its P-256 key pair and auth secret. */
function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const authSecret = randomBytes(16);
  return {
    ecdh,
    authSecret,
    keys: {
      p256dh: ecdh.getPublicKey().toString('base64url'),
      auth: authSecret.toString('base64url'),
    },
  };
}

beforeAll(async () => {
  s = await startServer();
  member = await s.login('member');
  // The push service speaks HTTPS only (web-push sends nothing else), with a test certificate
  // for 127.0.0.1 that the server trusts through its agent.
  const cert = readFileSync(new URL('./fixtures/push-service.crt', import.meta.url));
  const key = readFileSync(new URL('./fixtures/push-service.key', import.meta.url));
  agent = new Agent({ ca: cert });
  s.ctx.pushAgent = agent;
  pushService = createServer({ cert, key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.statusCode = answers.get(req.url ?? '') ?? 201;
      res.end();
    });
  });
  await new Promise<void>((r) => pushService.listen(0, '127.0.0.1', r));
  base = `https://127.0.0.1:${(pushService.address() as AddressInfo).port}`;
});

afterAll(async () => {
  agent.destroy();
  await new Promise((r) => pushService.close(r));
  await s.close();
});

describe('VAPID keys', () => {
  it('are made once, kept in the database and given to signed-in users', async () => {
    const first = await s.app.inject({ url: '/api/push/key', headers: auth(member) });
    expect(first.statusCode).toBe(200);
    const { publicKey } = first.json() as { publicKey: string };
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65);
    const [row] = await s.db.query<{ value: string }>(
      `SELECT value FROM app_meta WHERE key = 'vapid_keys'`,
    );
    expect(JSON.parse(row!.value).publicKey).toBe(publicKey);
    const again = await s.app.inject({ url: '/api/push/key', headers: auth(member) });
    expect(again.json()).toEqual({ publicKey });
    expect((await s.app.inject({ url: '/api/push/key' })).statusCode).toBe(401);
  });
});

describe('subscriptions', () => {
  const endpoint = 'https://push.example.com/send/abc123';

  it('are stored for the signed-in user and removed by them only', async () => {
    const { keys } = browserKeys();
    const put = await s.app.inject({
      method: 'POST',
      url: '/api/push/subscriptions',
      headers: auth(member),
      payload: { endpoint, keys, expirationTime: null },
    });
    expect(put.statusCode).toBe(204);
    const rows = await s.db.query<{ user_id: string }>(
      `SELECT user_id FROM push_subscriptions WHERE endpoint = $1`,
      [endpoint],
    );
    expect(rows).toEqual([{ user_id: s.ids.users.member }]);

    const other = await s.login('member2');
    const notTheirs = await s.app.inject({
      method: 'POST',
      url: '/api/push/unsubscribe',
      headers: auth(other),
      payload: { endpoint },
    });
    expect(notTheirs.statusCode).toBe(204);
    expect(
      await s.db.query(`SELECT 1 FROM push_subscriptions WHERE endpoint = $1`, [endpoint]),
    ).toHaveLength(1);

    const gone = await s.app.inject({
      method: 'POST',
      url: '/api/push/unsubscribe',
      headers: auth(member),
      payload: { endpoint },
    });
    expect(gone.statusCode).toBe(204);
    expect(
      await s.db.query(`SELECT 1 FROM push_subscriptions WHERE endpoint = $1`, [endpoint]),
    ).toHaveLength(0);
  });

  it.each([
    'http://push.example.com/x',
    'https://127.0.0.1/x',
    'https://localhost/x',
    'https://[::1]/x',
    'https://push.internal/x',
    'https://user:pw@push.example.com/x',
    'not a url',
  ])('refuse an endpoint the server must not call: %s', async (bad) => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/push/subscriptions',
      headers: auth(member),
      payload: { endpoint: bad, keys: browserKeys().keys },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_request');
  });
});

describe('sendPush', () => {
  it('delivers an encrypted, signed message that the browser can read', async () => {
    const browser = browserKeys();
    await saveSubscription(s.db, s.ids.users.member2, {
      endpoint: `${base}/ok/1`,
      keys: browser.keys,
    });
    received.length = 0;
    const payload = {
      title: '明天主题党日',
      body: '14:30 三楼会议室',
      url: '/events/abc',
      tag: 'e1',
    };
    const result = await sendPush(s.db, [s.ids.users.member2], payload, { agent });
    expect(result).toEqual({ sent: 1, removed: 0, failed: 0 });
    expect(received).toHaveLength(1);
    const msg = received[0]!;
    expect(msg.path).toBe('/ok/1');
    expect(msg.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(msg.headers.ttl)).toBeGreaterThan(0);

    const plain = ece.decrypt(msg.body, {
      version: 'aes128gcm',
      privateKey: browser.ecdh,
      authSecret: browser.authSecret,
    });
    expect(JSON.parse(plain.toString('utf8'))).toEqual(payload);

    // Authorization: vapid t=<JWT ES256>, k=<the public key the app subscribes with>
    const m = /^vapid t=([^,]+), k=(.+)$/.exec(String(msg.headers.authorization));
    expect(m).not.toBeNull();
    const [, jwt, k] = m!;
    const { publicKey } = await vapidKeys(s.db);
    expect(k).toBe(publicKey);
    const [h, p, sig] = jwt!.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    expect(claims.aud).toBe(base);
    expect(claims.sub).toMatch(/^mailto:/);
    const raw = Buffer.from(publicKey, 'base64url');
    const key = createPublicKey({
      key: {
        kty: 'EC',
        crv: 'P-256',
        x: raw.subarray(1, 33).toString('base64url'),
        y: raw.subarray(33, 65).toString('base64url'),
      },
      format: 'jwk',
    });
    const ok = verify(
      'sha256',
      Buffer.from(`${h}.${p}`),
      { key, dsaEncoding: 'ieee-p1363' },
      Buffer.from(sig!, 'base64url'),
    );
    expect(ok).toBe(true);
  });

  it('drops subscriptions the push service calls gone and keeps the rest', async () => {
    const user = s.ids.users.staff;
    for (const [path, status] of [
      ['/gone/404', 404],
      ['/gone/410', 410],
      ['/busy/500', 500],
      ['/ok/2', 201],
    ] as const) {
      answers.set(path, status);
      await saveSubscription(s.db, user, { endpoint: `${base}${path}`, keys: browserKeys().keys });
    }
    const result = await sendPush(s.db, [user], { title: '通知', url: '/' }, { agent });
    expect(result).toEqual({ sent: 1, removed: 2, failed: 1 });
    const left = await s.db.query<{ endpoint: string }>(
      `SELECT endpoint FROM push_subscriptions WHERE user_id = $1 ORDER BY endpoint`,
      [user],
    );
    expect(left.map((r) => r.endpoint)).toEqual([`${base}/busy/500`, `${base}/ok/2`]);
  });

  it('sends nothing to a disabled account or for nobody', async () => {
    await saveSubscription(s.db, s.ids.users.outsider, {
      endpoint: `${base}/ok/3`,
      keys: browserKeys().keys,
    });
    await s.db.query(`UPDATE users SET disabled = true WHERE id = $1`, [s.ids.users.outsider]);
    expect(await sendPush(s.db, [s.ids.users.outsider], { title: 'x' })).toEqual({
      sent: 0,
      removed: 0,
      failed: 0,
    });
    expect(await sendPush(s.db, [], { title: 'x' })).toEqual({ sent: 0, removed: 0, failed: 0 });
  });

  it('refuses a payload whose link leaves the app', async () => {
    await expect(
      sendPush(s.db, [s.ids.users.member2], { title: 'x', url: 'https://evil.example/' }),
    ).rejects.toThrow();
    await expect(
      sendPush(s.db, [s.ids.users.member2], { title: 'x', url: '//evil.example/' }),
    ).rejects.toThrow();
  });

  it('the test route sends to the caller’s own devices only', async () => {
    const token = await s.login('member2');
    received.length = 0;
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/push/test',
      headers: auth(token),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ sent: 1 });
    expect(received.map((r) => r.path)).toEqual(['/ok/1']);
  });
});

describe('notices', () => {
  it('a published notice reaches the subscribed browsers of those it is for, after the commit', async () => {
    const browser = browserKeys();
    await saveSubscription(s.db, s.ids.users.member, {
      endpoint: `${base}/notice/member`,
      keys: browser.keys,
    });
    const outsider = browserKeys();
    await saveSubscription(s.db, s.ids.users.outsider, {
      endpoint: `${base}/notice/outsider`,
      keys: outsider.keys,
    });
    received.length = 0;
    const id = uuidv7();
    const res = await push(s, await s.login('organizer'), uuidv7(), [
      {
        seq: 1,
        name: 'notice.publish',
        args: {
          id,
          orgId: s.ids.branchA,
          title: '支部会议',
          body: '周五下午三点',
          kind: 'announcement',
        },
      },
    ]);
    expect(res.body.results[0]!.status).toBe('applied');
    // delivery runs after the commit, beside the answer: wait for it
    await vi.waitFor(() => expect(received.map((r) => r.path)).toContain('/notice/member'));
    expect(received.map((r) => r.path)).not.toContain('/notice/outsider');
    const msg = received.find((r) => r.path === '/notice/member')!;
    const plain = ece.decrypt(msg.body, {
      version: 'aes128gcm',
      privateKey: browser.ecdh,
      authSecret: browser.authSecret,
    });
    expect(JSON.parse(plain.toString('utf8'))).toEqual({
      title: '支部会议',
      body: '周五下午三点',
      url: `/inbox/${id}`,
      tag: id,
    });
  });
});
