import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ON_POSTGRES, startServer, type TestServer } from './helpers.ts';
import { dataOf, pull, pullAll, pullUntilReset, push, slot, venueIds } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { encodeCursor } from '../../src/server/replication/cursor.ts';

describe('pull (docs/sync-protocol.md pull rules)', () => {
  let s: TestServer;
  const tokens: Record<string, string> = {};
  let venue: string;
  const bookingOf: Record<string, string> = {};

  beforeAll(async () => {
    s = await startServer();
    for (const l of ['member', 'member2', 'outsider', 'organizer', 'staff', 'admin'])
      tokens[l] = await s.login(l);
    venue = (await venueIds(s))[0]!;
    for (const [i, l] of ['member', 'member2', 'outsider'].entries()) {
      const id = uuidv7();
      bookingOf[l] = id;
      const r = await push(s, tokens[l]!, uuidv7(), [
        {
          seq: 1,
          name: 'booking.create',
          args: { id, venueId: venue, ...slot(1, 8 + i), purpose: `用途${i}` },
        },
      ]);
      expect(r.body.results[0]!.status).toBe('applied');
    }
  });
  afterAll(() => s.close());

  const idsOf = (changes: { type: string; id: string }[], type: string) =>
    new Set(changes.filter((c) => c.type === type).map((c) => c.id));

  it('rule 2: a member gets public records of their branch and ancestors, and only their own private records', async () => {
    const { changes } = await pullAll(s, tokens.member!, uuidv7());
    const bookings = idsOf(changes, 'booking');
    expect(bookings).toEqual(new Set([bookingOf.member]));
    // every slot is public at the park: taken slots show without who took them
    expect(idsOf(changes, 'slot')).toEqual(new Set(Object.values(bookingOf)));
    const slotData = changes.find((c) => c.type === 'slot' && c.op === 'put');
    expect(slotData && 'data' in slotData ? Object.keys(slotData.data).sort() : []).toEqual([
      'end',
      'id',
      'start',
      'venueId',
    ]);
    expect(idsOf(changes, 'venue').size).toBe(2);
    const orgNames = changes
      .filter((c) => c.type === 'org' && c.op === 'put')
      .map((c) => dataOf<{ name: string }>(c)?.name);
    expect(orgNames).toContain('创客联合党支部');
    expect(orgNames).not.toContain('数智楼宇党支部');
    expect(idsOf(changes, 'user')).toEqual(new Set([s.ids.users.member]));
  });

  it('rule 2: organizers also get what their org’s members produced, and no other branch’s', async () => {
    const { changes } = await pullAll(s, tokens.organizer!, uuidv7());
    expect(idsOf(changes, 'booking')).toEqual(new Set([bookingOf.member, bookingOf.member2]));
    const users = idsOf(changes, 'user');
    expect(users.has(s.ids.users.member)).toBe(true);
    expect(users.has(s.ids.users.outsider)).toBe(false);
  });

  it('rule 2: an admin at the district sees the whole subtree', async () => {
    const { changes } = await pullAll(s, tokens.admin!, uuidv7());
    // the three made here, and the demo's bookings of the riverside park's rooms
    const all = await s.db.query<{ id: string }>('SELECT id FROM bookings');
    expect(all.length).toBe(Object.keys(bookingOf).length + 4);
    expect(idsOf(changes, 'booking')).toEqual(new Set(all.map((b) => b.id)));
  });

  it('rule 1: a record comes once per range, latest state only; a cancel reaches holders as a slot tombstone', async () => {
    const client = uuidv7();
    const first = await pullAll(s, tokens.member2!, client);
    const r = await push(s, tokens.member!, uuidv7(), [
      { seq: 1, name: 'booking.cancel', args: { bookingId: bookingOf.member } },
    ]);
    expect(r.body.results[0]!.status).toBe('applied');
    const next = await pullAll(s, tokens.member2!, client, first.last.cursor);
    expect(next.changes).toEqual([{ type: 'slot', op: 'del', id: bookingOf.member }]);
    const own = await pullAll(s, tokens.member!, uuidv7());
    const b = own.changes.filter((c) => c.type === 'booking');
    expect(b).toHaveLength(1);
    expect(dataOf<{ status: string }>(b[0])?.status).toBe('cancelled');
    // a fresh phone gets no tombstones at all
    expect(own.changes.some((c) => c.op === 'del')).toBe(false);
  });

  it('paginates with limit and hasMore: the phone ends in the same state, each record once', async () => {
    const apply = (changes: Awaited<ReturnType<typeof pullAll>>['changes']) => {
      const state = new Map<string, unknown>();
      for (const c of changes) {
        if (c.op === 'put') state.set(`${c.type}:${c.id}`, c.data);
        else state.delete(`${c.type}:${c.id}`);
      }
      return state;
    };
    const all = await pullAll(s, tokens.admin!, uuidv7(), undefined, 1000);
    const paged = await pullAll(s, tokens.admin!, uuidv7(), undefined, 2);
    const firstPage = await pull(s, tokens.admin!, uuidv7(), undefined, 2);
    // a pull from the beginning says how many records it will bring, for the progress bar
    expect(firstPage.body.total).toBe(apply(all.changes).size);
    expect(apply(paged.changes)).toEqual(apply(all.changes));
    const puts = paged.changes.filter((c) => c.op === 'put').map((c) => `${c.type}:${c.id}`);
    expect(new Set(puts).size).toBe(puts.length);
    expect(all.changes.length).toBeGreaterThan(4);
  });

  it('rule 4: lastSeq is the client’s last processed seq', async () => {
    const client = uuidv7();
    await push(s, tokens.member!, client, [
      {
        seq: 1,
        name: 'booking.create',
        args: { id: uuidv7(), venueId: venue, ...slot(2, 9), purpose: '读书会' },
      },
      { seq: 2, name: 'booking.cancel', args: { bookingId: uuidv7() } },
    ]);
    const { body } = await pull(s, tokens.member!, client);
    expect(body.lastSeq).toBe(2);
    const { body: fresh } = await pull(s, tokens.member!, uuidv7());
    expect(fresh.lastSeq).toBe(0);
  });

  it('rule 5: a malformed or foreign cursor answers reset and starts from scratch', async () => {
    const client = uuidv7();
    const full = await pullAll(s, tokens.member!, client);
    for (const cursor of ['garbage', encodeCursor(1, 'otherhash'), encodeCursor(10_000_000, 'x')]) {
      const { status, body } = await pull(s, tokens.member!, client, cursor, 1000);
      expect(status).toBe(200);
      expect(body.reset).toBe(true);
      expect(body.changes.length).toBe(full.changes.length);
    }
  });

  it('rule 5: a visibility change (moved branch) answers reset', async () => {
    const client = uuidv7();
    const token = await s.login('member2');
    const before = await pullAll(s, token, client);
    await s.db.query('UPDATE users SET org_id = $1 WHERE id = $2', [
      s.ids.branchB,
      s.ids.users.member2,
    ]);
    try {
      const { body } = await pullUntilReset(s, token, client, before.last.cursor);
      expect(body.reset).toBe(true);
      const orgNames = body.changes
        .filter((c) => c.type === 'org' && c.op === 'put')
        .map((c) => dataOf<{ name: string }>(c)?.name);
      expect(orgNames).toContain('数智楼宇党支部');
    } finally {
      await s.db.query('UPDATE users SET org_id = $1 WHERE id = $2', [
        s.ids.branchA,
        s.ids.users.member2,
      ]);
    }
  });

  it('refuses a pull under another user’s clientId, and bad queries with 400', async () => {
    const client = uuidv7();
    await push(s, tokens.member!, client, [
      { seq: 1, name: 'booking.cancel', args: { bookingId: uuidv7() } },
    ]);
    expect((await pull(s, tokens.member2!, client)).status).toBe(403);
    for (const q of [
      'clientId=nope',
      `clientId=${uuidv7()}&limit=0`,
      `clientId=${uuidv7()}&limit=1001`,
      `clientId=${uuidv7()}&limit=abc`,
      '',
    ]) {
      const res = await s.app.inject({
        url: `/api/sync/pull?${q}`,
        headers: { authorization: `Bearer ${tokens.member}` },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_request');
    }
  });

  it.skipIf(!ON_POSTGRES)(
    'rule 3: two writers committing out of order are never skipped by a cursor',
    async () => {
      const viewer = tokens.member!;
      const client = uuidv7();
      const start = await pullAll(s, viewer, client);
      let releaseA!: () => void;
      const gateA = new Promise<void>((r) => (releaseA = r));
      const idA = uuidv7();
      const idB = uuidv7();
      const emitOrg = (id: string, name: string) => ({
        type: 'org' as const,
        id,
        audience: 'public' as const,
        orgId: s.ids.branchA,
        data: { id, name, parentId: s.ids.branchA, kind: 'group' as const },
      });
      // Writer A starts first and does its work, then stalls before commit.
      let aStarted!: () => void;
      const aRunning = new Promise<void>((r) => (aStarted = r));
      const writerA = s.db.tx(async (tx) => {
        await tx.query('SELECT 1');
        tx.emit(emitOrg(idA, 'A'));
        aStarted();
        await gateA;
      });
      await aRunning;
      // Writer B starts later and commits first.
      await s.db.tx(async (tx) => {
        tx.emit(emitOrg(idB, 'B'));
      });
      const mid = await pullAll(s, viewer, client, start.last.cursor);
      expect(mid.changes.map((c) => c.id)).toEqual([idB]);
      releaseA();
      await writerA;
      const after = await pullAll(s, viewer, client, mid.last.cursor);
      expect(after.changes.map((c) => c.id)).toEqual([idA]);
    },
  );
});
