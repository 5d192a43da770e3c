import { describe, expect, it } from 'vitest';
import { META, readSession, readString } from '../../../src/db/meta.ts';
import type { FetchLike } from '../../../src/sync/http.ts';
import { activateWith } from '../../../src/sync/sign-in.ts';
import { device, world } from './helpers.ts';

const CODE = 'K7M9PQ2RST';

/**
 * The server's activation answers as login does; here a wrapper over the fake server's login stands
 * in for it: the right one-time code for alice signs her in, anything else is refused.
 */
function withActivation(fetch: FetchLike): FetchLike {
  return async (input, init) => {
    if (!input.endsWith('/api/auth/activate')) return fetch(input, init);
    const body = JSON.parse(String(init?.body)) as { login: string; code: string };
    if (body.login !== 'alice' || body.code !== CODE) {
      return new Response(
        JSON.stringify({ error: { code: 'invalid_credentials', message: 'Wrong code.' } }),
        { status: 401, headers: { 'content-type': 'application/json' } },
      );
    }
    return fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'alice', password: 'pw' }),
    });
  };
}

describe('first sign-in with an activation code', () => {
  it('stores the session as sign-in does, making the device the new user’s', async () => {
    const { server, alice } = world();
    const phone = device(server);
    // someone else used this phone before
    await phone.signIn('bob');
    await phone.db.requests.put({ id: 'r1' } as never);
    const fetch = withActivation(server.fetch);
    const user = await activateWith(
      { db: phone.db, fetch },
      { login: 'alice', code: CODE, password: 'new-password-1' },
    );
    expect(user.id).toBe(alice.id);
    expect(await readSession(phone.db)).toMatchObject({ user: { id: alice.id } });
    expect(await readString(phone.db, META.dataUser)).toBe(alice.id);
    expect(await phone.db.requests.count()).toBe(0);
  });

  it('a wrong or used code leaves the device as it was', async () => {
    const { server, bob } = world();
    const phone = device(server);
    await phone.signIn('bob');
    const fetch = withActivation(server.fetch);
    await expect(
      activateWith(
        { db: phone.db, fetch },
        { login: 'alice', code: 'WRONG23456', password: 'x'.repeat(8) },
      ),
    ).rejects.toMatchObject({ code: 'invalid_credentials', status: 401 });
    expect(await readSession(phone.db)).toMatchObject({ user: { id: bob.id } });
  });
});
