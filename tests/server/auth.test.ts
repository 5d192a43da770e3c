import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, startServer, type TestServer } from './helpers.ts';
import { verifyCard } from '../../src/server/auth/card.ts';

describe('accounts and sessions', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ perAddress: 1000 });
  });
  afterAll(() => s.close());

  const login = (payload: unknown, headers: Record<string, string> = {}) =>
    s.app.inject({ method: 'POST', url: '/api/auth/login', payload: payload as object, headers });

  it('signs in with the right password and returns the user', async () => {
    const res = await login({ login: 'Member', password: 'lianxin-demo' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.user).toMatchObject({
      id: s.ids.users.member,
      name: '陈晓创',
      roles: ['member'],
      orgId: s.ids.branchA,
    });
    const me = await s.app.inject({ url: '/api/me', headers: auth(body.token) });
    expect(me.json()).toEqual(body.user);
  });

  it('stores only a hash of the token and of the password', async () => {
    const token = await s.login('member2');
    const rows = await s.db.query<{ token_hash: Buffer }>('SELECT token_hash FROM sessions');
    expect(rows.some((r) => Buffer.from(r.token_hash).toString('base64url') === token)).toBe(false);
    const [u] = await s.db.query<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE login = 'member2'`,
    );
    expect(u!.password_hash).toMatch(/^scrypt\$/);
    expect(u!.password_hash).not.toContain('lianxin-demo');
  });

  it('answers a wrong password and an unknown login alike', async () => {
    const wrong = await login({ login: 'member', password: 'nope-nope' });
    const unknown = await login({ login: 'nobody-here', password: 'nope-nope' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('invalid_credentials');
  });

  it('refuses bad login bodies with 400 and no session', async () => {
    const before = (await s.db.query('SELECT 1 FROM sessions')).length;
    for (const payload of [
      {},
      { login: 'member' },
      { login: 1, password: 'x' },
      { login: 'member', password: 'lianxin-demo', extra: 1 },
      { login: 'x'.repeat(65), password: 'y' },
    ]) {
      const res = await login(payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_request');
    }
    expect((await s.db.query('SELECT 1 FROM sessions')).length).toBe(before);
  });

  it('rate-limits failed sign-ins per login name (429 rate_limited), even with the right password', async () => {
    for (let i = 0; i < 10; i++)
      expect((await login({ login: 'outsider', password: 'wrong-pass' })).statusCode).toBe(401);
    const limited = await login({ login: 'outsider', password: 'lianxin-demo' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    // other names are unaffected
    expect((await login({ login: 'staff', password: 'lianxin-demo' })).statusCode).toBe(200);
  });

  it('rejects missing, malformed, revoked and expired tokens with 401', async () => {
    expect((await s.app.inject({ url: '/api/me' })).statusCode).toBe(401);
    expect(
      (await s.app.inject({ url: '/api/me', headers: { authorization: 'Bearer short' } }))
        .statusCode,
    ).toBe(401);
    const token = await s.login('organizer');
    const out = await s.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: auth(token),
    });
    expect(out.statusCode).toBe(204);
    const after = await s.app.inject({ url: '/api/me', headers: auth(token) });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
    const t2 = await s.login('organizer');
    await s.db.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL`,
    );
    expect((await s.app.inject({ url: '/api/me', headers: auth(t2) })).statusCode).toBe(401);
  });

  it('slides the expiry forward on use', async () => {
    const token = await s.login('member');
    await s.db.query(
      `UPDATE sessions SET expires_at = now() + interval '2 days' WHERE revoked_at IS NULL`,
    );
    expect((await s.app.inject({ url: '/api/me', headers: auth(token) })).statusCode).toBe(200);
    const rows = await s.db.query<{ days: number }>(
      `SELECT extract(epoch FROM max(expires_at) - now())::float8 / 86400 AS days FROM sessions WHERE revoked_at IS NULL`,
    );
    expect(rows[0]!.days).toBeGreaterThan(29);
  });

  it('issues a signed member card naming the member', async () => {
    const token = await s.login('member');
    const res = await s.app.inject({ url: '/api/me/card', headers: auth(token) });
    const card = res.json() as { token: string; expiresAt: string };
    expect(verifyCard(s.ctx.cardSecret, card.token)).toBe(s.ids.users.member);
    const [payload, sig] = card.token.split('.');
    const forged = Buffer.from(JSON.stringify({ u: s.ids.users.member2, e: 9999999999 })).toString(
      'base64url',
    );
    expect(verifyCard(s.ctx.cardSecret, `${forged}.${sig}`)).toBeNull();
    expect(verifyCard('another-secret', `${payload}.${sig}`)).toBeNull();
  });
});

describe('login rate limit per client address', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer({ perAddress: 5 });
  });
  afterAll(() => s.close());

  it('counts failures across login names from one address', async () => {
    for (const name of ['a1', 'a2', 'a3', 'a4', 'a5']) {
      const r = await s.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: name, password: 'wrong-pass' },
      });
      expect(r.statusCode).toBe(401);
    }
    const r = await s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'member', password: 'lianxin-demo' },
    });
    expect(r.statusCode).toBe(429);
    const other = await s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'member', password: 'lianxin-demo' },
      remoteAddress: '10.9.9.9',
    });
    expect(other.statusCode).toBe(200);
  });
});
