import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { push, slot, venueIds } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';

const booking = (venueId: string, daysAhead: number, id = uuidv7()) => ({
  name: 'booking.create',
  args: { id, venueId, ...slot(daysAhead), purpose: '支部学习' },
});

describe('push (docs/sync-protocol.md push rules)', () => {
  let s: TestServer;
  let member: string;
  let member2: string;
  let venue: string;
  beforeAll(async () => {
    s = await startServer();
    member = await s.login('member');
    member2 = await s.login('member2');
    venue = (await venueIds(s))[0]!;
  });
  afterAll(() => s.close());

  const count = async (sql: string, params: unknown[] = []) =>
    (await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

  it('requires a signed-in user', async () => {
    const res = await s.app.inject({ method: 'POST', url: '/api/sync/push', payload: {} });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('rule 1: a clientId belongs to the user who first pushed it', async () => {
    const clientId = uuidv7();
    expect((await push(s, member, clientId, [{ seq: 1, ...booking(venue, 2) }])).status).toBe(200);
    const other = await push(s, member2, clientId, [{ seq: 2, ...booking(venue, 3) }]);
    expect(other.status).toBe(403);
    expect(other.body.error?.code).toBe('forbidden');
  });

  it('rule 2: a repeated push after a lost response changes nothing', async () => {
    const clientId = uuidv7();
    const ms = [
      { seq: 1, ...booking(venue, 4) },
      { seq: 2, ...booking(venue, 5) },
    ];
    const first = await push(s, member, clientId, ms);
    expect(first.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const before = await count('bookings');
    const again = await push(s, member, clientId, ms);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({
      lastSeq: 2,
      results: [
        { seq: 1, status: 'duplicate' },
        { seq: 2, status: 'duplicate' },
      ],
    });
    expect(await count('bookings')).toBe(before);
  });

  it('rule 3: a gap is 409 seq_gap with lastSeq and applies nothing', async () => {
    const clientId = uuidv7();
    await push(s, member, clientId, [{ seq: 1, ...booking(venue, 6) }]);
    const before = await count('bookings');
    const gap = await push(s, member, clientId, [
      { seq: 3, ...booking(venue, 7) },
      { seq: 4, ...booking(venue, 8) },
    ]);
    expect(gap.status).toBe(409);
    expect(gap.body.error).toMatchObject({ code: 'seq_gap', details: { lastSeq: 1 } });
    expect(await count('bookings')).toBe(before);
    // a gap inside one push refuses the whole push, too
    const inner = await push(s, member, clientId, [
      { seq: 2, ...booking(venue, 9) },
      { seq: 4, ...booking(venue, 10) },
    ]);
    expect(inner.status).toBe(409);
    expect(await count('bookings')).toBe(before);
  });

  it('rule 4: a rejected mutation advances lastSeq and does not block the queue', async () => {
    const clientId = uuidv7();
    const taken = booking(venue, 11);
    await push(s, member2, uuidv7(), [{ seq: 1, ...taken, args: { ...taken.args, id: uuidv7() } }]);
    const res = await push(s, member, clientId, [
      { seq: 1, ...taken },
      { seq: 2, name: 'booking.create', args: { bogus: true } },
      { seq: 3, name: 'no.such', args: {} },
      { seq: 4, ...booking(venue, 12) },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.lastSeq).toBe(4);
    expect(res.body.results).toMatchObject([
      { seq: 1, status: 'rejected', code: 'slot_taken' },
      { seq: 2, status: 'rejected', code: 'invalid_request' },
      { seq: 3, status: 'rejected', code: 'unknown_mutation' },
      { seq: 4, status: 'applied' },
    ]);
    // the same push again (its answer was lost): duplicates, and the rejected ones say why once more
    const again = await push(s, member, clientId, [
      { seq: 1, ...taken },
      { seq: 4, ...booking(venue, 12) },
    ]);
    expect(again.body.results).toEqual([
      { seq: 1, status: 'duplicate', code: 'slot_taken', message: expect.any(String) },
      { seq: 4, status: 'duplicate' },
    ]);
    const [row] = await s.db.query<{ last_seq: number }>(
      'SELECT last_seq FROM sync_clients WHERE client_id = $1',
      [clientId],
    );
    expect(row!.last_seq).toBe(4);
  });

  it('rule 5: more than 500 mutations or 1 MiB is 413', async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({
      seq: i + 1,
      name: 'booking.cancel',
      args: { bookingId: uuidv7() },
    }));
    const res = await push(s, member, uuidv7(), many);
    expect(res.status).toBe(413);
    expect(res.body.error?.code).toBe('payload_too_large');
    const big = await push(s, member, uuidv7(), [
      {
        seq: 1,
        name: 'booking.create',
        args: { id: uuidv7(), venueId: venue, ...slot(1), purpose: 'x'.repeat(1100 * 1024) },
      },
    ]);
    expect(big.status).toBe(413);
  });

  it('rule 6: an unsupported schemaVersion is 409 client_outdated', async () => {
    const res = await push(s, member, uuidv7(), [{ seq: 1, ...booking(venue, 13) }], 99);
    expect(res.status).toBe(409);
    expect(res.body.error?.code).toBe('client_outdated');
  });

  it('rule 7: a create resent under a new clientId changes nothing; someone else’s id is a conflict', async () => {
    const m = booking(venue, 14);
    await push(s, member, uuidv7(), [{ seq: 1, ...m }]);
    const before = await count('bookings');
    const again = await push(s, member, uuidv7(), [{ seq: 1, ...m }]);
    expect(again.body.results[0]).toEqual({ seq: 1, status: 'applied' });
    expect(await count('bookings')).toBe(before);
    const stolen = await push(s, member2, uuidv7(), [{ seq: 1, ...m }]);
    expect(stolen.body.results[0]).toMatchObject({ status: 'rejected', code: 'conflict' });
  });

  it('refuses a malformed body with 400 and stores nothing', async () => {
    for (const payload of [
      { clientId: 'nope', schemaVersion: 1, mutations: [] },
      { clientId: uuidv7(), schemaVersion: 1, mutations: [{ seq: 0, name: 'x', args: {} }] },
      { clientId: uuidv7(), schemaVersion: 1, mutations: [], extra: 1 },
      { clientId: uuidv7(), mutations: [] },
    ]) {
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: { authorization: `Bearer ${member}` },
        payload,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_request');
    }
  });
});
