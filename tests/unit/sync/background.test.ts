// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db.ts';
import { readSession } from '../../../src/db/meta.ts';
import { runBackgroundSync } from '../../../src/sync/background.ts';
import { mutate } from '../../../src/sync/mutate.ts';
import { signInWith } from '../../../src/sync/sign-in.ts';
import { requestPersistentStorage } from '../../../src/sync/storage.ts';
import { requestArgs, world } from './helpers.ts';

const { server, alice } = world();

beforeAll(async () => {
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => server.fetch(input, init));
  await signInWith({ db }, 'alice', 'pw');
});
afterAll(async () => {
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

describe('background sync (service worker)', () => {
  it('sends the queue', async () => {
    const r = requestArgs();
    await mutate('request.create', r);
    await runBackgroundSync();
    expect(server.get('request', r.id)).not.toBeNull();
    expect(await db.outbox.count()).toBe(0);
  });

  it('throws on network failure so the browser retries the event', async () => {
    await mutate('request.create', requestArgs());
    server.offline = true;
    await expect(runBackgroundSync()).rejects.toMatchObject({ code: 'network' });
    server.offline = false;
  });

  it('does not retry a lost session; marks it expired and keeps the queue', async () => {
    server.revokeTokens(alice.id);
    await expect(runBackgroundSync()).resolves.toBeUndefined();
    expect((await readSession(db))?.token).toBeNull();
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('persistent storage', () => {
  it('asks the browser once and remembers it asked', async () => {
    const persist = vi.fn(async () => false);
    const persisted = vi.fn(async () => false);
    vi.stubGlobal('navigator', { ...navigator, storage: { persist, persisted } });
    expect(await requestPersistentStorage()).toBe(false);
    expect(await requestPersistentStorage()).toBe(false);
    expect(persist).toHaveBeenCalledTimes(1);
    persisted.mockResolvedValue(true);
    expect(await requestPersistentStorage()).toBe(true);
  });
});
