import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FetchLike } from '../../src/sync/http.ts';
import type { Db } from '../../src/server/database/db.ts';
import { ON_POSTGRES, freshDb } from './helpers.ts';
import { startReplica, stopReplica, type Replica } from './replica-process.ts';
import { cachingLogins, checkHistory, historyArb } from './sync-model.ts';

/**
 * The sync property of sync-property.test.ts (model in sync-model.ts) through two
 * server processes on one PostgreSQL database. Every phone talks real HTTP and its requests
 * alternate between replica A and B (phone 0 starts on A, phone 1 on B, ...), so a push whose
 * answer was lost on one replica is repeated on the other, and a pull follows a push made through
 * the other replica. Needs DATABASE_URL: PGlite is one process's database, so there is nothing to
 * share between replicas without PostgreSQL.
 *
 * REPLICA_PROPERTY_RUNS histories (default 25; real HTTP, so each costs more than through inject).
 * It is a separate setting from PROPERTY_RUNS, which CI raises for the embedded-database step.
 */
const RUNS = Number(process.env.REPLICA_PROPERTY_RUNS ?? 25);

/** Real HTTP, alternating between the replicas request by request. */
function alternating(replicas: Replica[], first: number, served: number[]): FetchLike {
  let next = first;
  return (input, init) => {
    const i = next++ % replicas.length;
    served[i]!++;
    return fetch(new URL(input, replicas[i]!.url), init);
  };
}

describe.skipIf(!ON_POSTGRES)(
  'sync converges exactly once through two replicas (property; needs DATABASE_URL, PostgreSQL)',
  () => {
    let replicas: Replica[] = [];
    let db: Db;
    let drop: (() => Promise<void>) | undefined;
    let venue: string;
    let run = 0;
    const logins = new Map<string, string>();

    beforeAll(async () => {
      const fresh = await freshDb();
      db = fresh.db;
      drop = fresh.drop;
      // Both start at once: migrations and the demo seed are serialised by advisory locks.
      replicas = await Promise.all([startReplica(fresh.url!), startReplica(fresh.url!)]);
      venue = (await db.query<{ id: string }>('SELECT id FROM venues ORDER BY name LIMIT 1'))[0]!
        .id;
    }, 120_000);

    afterAll(async () => {
      await Promise.all(replicas.map(stopReplica));
      await drop?.();
    });

    it(`holds for ${RUNS} random histories, each phone alternating between replicas`, async () => {
      const served = [0, 0];
      const target = {
        db,
        venue,
        fetchFor: (i: number) => cachingLogins(logins, alternating(replicas, i, served)),
      };
      await fc.assert(
        fc.asyncProperty(historyArb, (ops) => checkHistory(target, ++run, ops)),
        {
          numRuns: RUNS,
          seed: process.env.PROPERTY_SEED ? Number(process.env.PROPERTY_SEED) : undefined,
        },
      );
      // both replicas carried a real share of the traffic
      expect(Math.min(...served)).toBeGreaterThan(RUNS * 4);
    }, 300_000);
  },
);
