import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import fc from 'fast-check';
import type { FetchLike } from '../../src/sync/http.ts';
import { startServer, type TestServer } from './helpers.ts';
import { cachingLogins, checkHistory, historyArb } from './sync-model.ts';

/**
 * Property-based (the model is in sync-model.ts): random offline writes on several
 * phones of several users, pushes whose responses are lost, repeated syncs, app restarts between
 * any two steps and concurrent syncs, against the real app through inject. Afterwards the server
 * holds each intended effect exactly once and every phone, after a final sync, shows exactly the
 * server's state. Runs PROPERTY_RUNS cases (CI sets a few hundred).
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);

/** fetch into the real app through inject. */
function injectFetch(s: TestServer): FetchLike {
  return async (input, init) => {
    const url = new URL(input, 'http://lianxin.test');
    const res = await s.app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      payload: init?.body === undefined || init.body === null ? undefined : String(init.body),
    });
    return new Response(res.statusCode === 204 ? null : res.body, {
      status: res.statusCode,
      headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') },
    });
  };
}

describe('sync converges exactly once (property)', () => {
  let s: TestServer;
  let venue: string;
  let run = 0;
  const logins = new Map<string, string>();
  beforeAll(async () => {
    s = await startServer();
    venue = (await s.db.query<{ id: string }>('SELECT id FROM venues ORDER BY name LIMIT 1'))[0]!
      .id;
  });
  afterAll(() => s.close());

  it(`holds for ${RUNS} random histories`, async () => {
    const target = {
      db: s.db,
      venue,
      fetchFor: () => cachingLogins(logins, injectFetch(s)),
    };
    await fc.assert(
      fc.asyncProperty(historyArb, (ops) => checkHistory(target, ++run, ops)),
      {
        numRuns: RUNS,
        seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined,
      },
    );
  }, 600_000);
});
