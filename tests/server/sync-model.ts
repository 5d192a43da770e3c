import { expect } from 'vitest';
import fc from 'fast-check';
import { createDb, type LianxinDB } from '../../src/db/db.ts';
import { createSyncEngine } from '../../src/sync/engine.ts';
import { mutateWith } from '../../src/sync/mutate.ts';
import { signInWith } from '../../src/sync/sign-in.ts';
import type { FetchLike } from '../../src/sync/http.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import type { Db } from '../../src/server/database/db.ts';

/**
 * The sync property shared by sync-property.test.ts (one app through inject) and
 * replicas-property.test.ts (two server processes on one PostgreSQL): random offline writes on
 * several phones of several users, pushes whose responses are lost, repeated syncs, app restarts
 * between any two steps and concurrent syncs. Afterwards the server holds each intended effect
 * exactly once and every phone, after a final sync, shows exactly the server's state.
 * Needs `fake-indexeddb/auto` imported by the test file.
 */

export type Op =
  | { kind: 'book'; phone: number; slot: number }
  | { kind: 'cancel'; phone: number; pick: number }
  | { kind: 'sync'; phone: number }
  | { kind: 'syncLost'; phone: number }
  | { kind: 'restart'; phone: number }
  | { kind: 'syncAll' };

export const PHONES = [
  { login: 'member' },
  { login: 'member' }, // the same member on a second phone
  { login: 'member2' },
  { login: 'outsider' },
];

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('book' as const), phone: fc.nat(3), slot: fc.nat(5) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('cancel' as const),
      phone: fc.nat(3),
      pick: fc.nat(9),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sync' as const), phone: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('syncLost' as const), phone: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), phone: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('syncAll' as const) }) },
);

export const historyArb = fc.array(opArb, { minLength: 1, maxLength: 14 });

/**
 * Sign-in is real once per login; later calls reuse that answer to skip scrypt (seconds over
 * hundreds of runs). `send` does the real request.
 */
export function cachingLogins(cache: Map<string, string>, send: FetchLike): FetchLike {
  return async (input, init) => {
    const isLogin = new URL(input, 'http://lianxin.test').pathname === '/api/auth/login';
    const cached = isLogin ? cache.get(String(init?.body)) : undefined;
    if (cached)
      return new Response(cached, { status: 200, headers: { 'content-type': 'application/json' } });
    const res = await send(input, init);
    if (!isLogin || res.status !== 200) return res;
    const body = await res.text();
    cache.set(String(init?.body), body);
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

interface Net {
  dropNext: boolean;
}

/** The server applies the push but its answer is lost on the way back. */
function lossy(send: FetchLike, net: Net): FetchLike {
  return async (input, init) => {
    const res = await send(input, init);
    if (net.dropNext && new URL(input, 'http://lianxin.test').pathname === '/api/sync/push') {
      net.dropNext = false;
      await res.arrayBuffer();
      throw new TypeError('network connection lost');
    }
    return res;
  };
}

interface Phone {
  login: string;
  db: LianxinDB;
  dbName: string;
  net: Net;
  fetch: FetchLike;
  created: string[];
}

export interface HistoryTarget {
  /** the server's database, read for the assertions and cleaned after each run */
  db: Pick<Db, 'query'>;
  /** a venue of the demo park */
  venue: string;
  /** the network of phone `index` (one instance per phone and run) */
  fetchFor(index: number): FetchLike;
}

/** Plays one history `ops` (run number `run`, which picks a day of its own) and checks the property. */
export async function checkHistory(target: HistoryTarget, run: number, ops: Op[]): Promise<void> {
  const { db, venue } = target;
  // each run books its own far-future day, so runs never see each other's slots
  const day = new Date(Date.UTC(2030, 0, 1) + run * 86400_000);
  const slotTime = (i: number) => {
    const start = new Date(day.getTime() + (2 + i) * 3600_000);
    return {
      start: start.toISOString(),
      end: new Date(start.getTime() + 3600_000).toISOString(),
    };
  };
  const phones: Phone[] = PHONES.map((p, i) => {
    const net = { dropNext: false };
    const dbName = `prop-${run}-${i}-${uuidv7()}`;
    return {
      login: p.login,
      db: createDb(dbName),
      dbName,
      net,
      fetch: lossy(target.fetchFor(i), net),
      created: [],
    };
  });
  const engineOf = (p: Phone) => createSyncEngine({ db: p.db, fetch: p.fetch });
  const syncQuietly = async (p: Phone) => {
    try {
      await engineOf(p).sync();
    } catch (err) {
      if (!(err instanceof Error) || !/network/.test(err.message)) throw err;
    }
  };
  try {
    for (const p of phones) await signInWith({ db: p.db, fetch: p.fetch }, p.login, 'lianxin-demo');
    for (const op of ops) {
      if (op.kind === 'syncAll') {
        await Promise.all(phones.map(syncQuietly));
        continue;
      }
      const p = phones[op.phone]!;
      if (op.kind === 'book') {
        const id = uuidv7();
        p.created.push(id);
        await mutateWith({ db: p.db, afterWrite: () => undefined }, 'booking.create', {
          id,
          venueId: venue,
          ...slotTime(op.slot),
          purpose: 'property',
        });
      } else if (op.kind === 'cancel') {
        const mine = await p.db.bookings.filter((b) => b.status === 'booked').toArray();
        const b = mine[op.pick % Math.max(mine.length, 1)];
        if (b)
          await mutateWith({ db: p.db, afterWrite: () => undefined }, 'booking.cancel', {
            bookingId: b.id,
          });
      } else if (op.kind === 'sync') {
        await syncQuietly(p);
      } else if (op.kind === 'syncLost') {
        p.net.dropNext = true;
        await syncQuietly(p);
        p.net.dropNext = false;
      } else if (op.kind === 'restart') {
        p.db.close();
        p.db = createDb(p.dbName);
        await p.db.open();
      }
    }
    // Back online for good: everyone syncs until nothing waits, then once more to see the others.
    for (let round = 0; round < 3; round++) for (const p of phones) await engineOf(p).sync();

    const runIds = phones.flatMap((p) => p.created);
    const server = await db.query<{
      id: string;
      user_id: string;
      starts_at: Date;
      status: string;
    }>(
      `SELECT b.id, b.user_id, b.starts_at, b.status FROM bookings b WHERE b.id = ANY($1::uuid[])`,
      [runIds],
    );
    const refused = new Set<string>();
    for (const p of phones) {
      expect(await p.db.outbox.count()).toBe(0);
      for (const r of await p.db.refused.toArray()) {
        expect(['slot_taken', 'not_found', 'forbidden', 'invalid_request']).toContain(r.code);
        if (r.name === 'booking.create') refused.add((r.args as { id: string }).id);
      }
    }
    // exactly once: every intended booking is on the server once, unless it was refused
    const serverIds = server.map((r) => r.id).sort();
    expect(serverIds).toEqual(runIds.filter((id) => !refused.has(id)).sort());
    // no double booking of a slot
    const live = server.filter((r) => r.status === 'booked').map((r) => r.starts_at.toISOString());
    expect(new Set(live).size).toBe(live.length);
    // every phone converges to what the server says it may see
    for (const p of phones) {
      const uid = (
        await db.query<{ id: string }>('SELECT id FROM users WHERE login = $1', [p.login])
      )[0]!.id;
      const mine = server
        .filter((r) => r.user_id === uid)
        .map((r) => `${r.id}:${r.status}`)
        .sort();
      const local = (await p.db.bookings.where('id').anyOf(runIds).toArray())
        .map((b) => `${b.id}:${b.status}`)
        .sort();
      expect(local).toEqual(mine);
      const slots = (await p.db.slots.where('id').anyOf(runIds).toArray()).map((x) => x.id).sort();
      const serverSlots = server
        .filter((r) => r.status === 'booked')
        .map((r) => r.id)
        .sort();
      // outsider (branch B) sees the park's venues too: slots are public at the park
      expect(slots).toEqual(serverSlots);
      const pendingLeft = (await p.db.bookings.toArray()).filter(
        (b) => (b as { pending?: boolean }).pending,
      );
      expect(pendingLeft).toEqual([]);
    }
  } finally {
    for (const p of phones) {
      p.db.close();
      await p.db.delete();
    }
    // Later runs start new phones from scratch: keep them from pulling this run's records.
    const ids = phones.flatMap((p) => p.created);
    await db.query(`DELETE FROM sync_log WHERE id = ANY($1::uuid[])`, [ids]);
    await db.query(`DELETE FROM bookings WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
