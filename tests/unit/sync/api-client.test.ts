import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db.ts';
import { readSession } from '../../../src/db/meta.ts';
import { getFile, uploadFile } from '../../../src/sync/api.ts';
import { signInWith } from '../../../src/sync/sign-in.ts';
import { world } from './helpers.ts';

const { server } = world();
let answer: (url: string, init?: RequestInit) => Promise<Response>;

beforeEach(async () => {
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => answer(url, init));
  answer = (url, init) => server.fetch(url, init);
  await signInWith({ db }, 'alice', 'pw');
});
afterAll(async () => {
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

describe('the API client for downloads and uploads', () => {
  it('sends the token, and a 401 ends the session as a sync would', async () => {
    const seen: (string | null)[] = [];
    answer = async (_url, init) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      return new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'no' } }), {
        status: 401,
      });
    };
    await expect(getFile('/api/events/e1/attendance.csv')).rejects.toMatchObject({
      code: 'unauthenticated',
      status: 401,
    });
    expect(seen[0]).toMatch(/^Bearer /);
    // The user and their queue stay; the token is gone, so the app asks to sign in again.
    const session = await readSession(db);
    expect(session?.user.login).toBe('alice');
    expect(session?.token).toBeNull();
    await expect(getFile('/api/x.csv')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(seen).toHaveLength(1);
  });

  it('hands back files as they came, and uploads the bytes with their type', async () => {
    answer = async (url, init) =>
      url === '/api/media'
        ? Response.json({ id: 'm1', type: new Headers(init?.headers).get('content-type') })
        : new Response('姓名,签到\r\n', { headers: { 'content-type': 'text/csv' } });
    expect(await (await getFile('/api/events/e1/attendance.csv')).text()).toBe('姓名,签到\r\n');
    const sent = await uploadFile<{ type: string }>(
      '/api/media',
      new Blob(['x'], { type: 'audio/mpeg' }),
    );
    expect(sent.type).toBe('audio/mpeg');
  });

  it('tells a timeout from a refused connection', async () => {
    answer = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(getFile('/api/x.csv')).rejects.toMatchObject({ code: 'network' });
    vi.useFakeTimers();
    try {
      answer = (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted'))),
        );
      const pending = getFile('/api/slow.csv');
      const caught = pending.catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(31_000);
      expect(await caught).toMatchObject({ code: 'timeout' });
    } finally {
      vi.useRealTimers();
    }
  });
});
