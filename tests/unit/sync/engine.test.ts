import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { META, readSession, readString } from '../../../src/db/meta.ts';
import type { LianxinDB } from '../../../src/db/db.ts';
import type { EngineContext } from '../../../src/sync/engine-context.ts';
import { ApiRequestError } from '../../../src/sync/http.ts';
import { pull, PULL_LOOKAHEAD } from '../../../src/sync/pull.ts';
import type { FakeServer } from './fake-server.ts';
import { device, EVENT, LESSON, newId, requestArgs, VENUE, world } from './helpers.ts';

/** Pull alone, without the push a full sync does first. */
async function contextOf(db: LianxinDB, server: FakeServer): Promise<EngineContext> {
  const session = await readSession(db);
  if (!session) throw new Error('not signed in');
  return {
    db,
    user: session.user,
    now: () => new Date(),
    http: { fetch: server.fetch, token: session.token },
  };
}

const slot = { venueId: VENUE, start: '2025-03-05T02:00:00Z', end: '2025-03-05T03:00:00Z' };

describe('sync engine against a docs/sync-protocol.md server', () => {
  it('pushes queued writes, pulls them back confirmed and empties the outbox', async () => {
    const { server, alice } = world();
    const phone = device(server);
    await phone.signIn('alice');
    const r = requestArgs();
    await phone.mutate('request.create', r);
    expect(await phone.db.outbox.count()).toBe(1);

    await phone.engine.sync();

    expect(server.get('request', r.id)).toMatchObject({ userId: alice.id, status: 'submitted' });
    expect(await phone.db.outbox.count()).toBe(0);
    const local = await phone.db.requests.get(r.id);
    expect(local?.status).toBe('submitted');
    expect(local?.pending).toBeUndefined();
    expect(await phone.db.base.count()).toBe(0);
    expect((await readSession(phone.db))?.card?.token).toBe(`card-${alice.id}`);
  });

  it('a refused mutation goes to the refused list with its reason, and its effect is undone', async () => {
    const { server } = world();
    const bob = device(server);
    await bob.signIn('bob');
    await bob.mutate('booking.create', { id: newId(), ...slot, purpose: '路演' });
    await bob.engine.sync();

    const phone = device(server);
    await phone.signIn('alice');
    const mine = newId();
    const kept = requestArgs();
    // Alice books offline before she has heard of Bob's booking.
    server.offline = true;
    await phone.mutate('booking.create', { id: mine, ...slot, purpose: '支部学习' });
    await phone.mutate('request.create', kept);
    expect(await phone.db.bookings.get(mine)).toBeDefined();
    server.offline = false;

    await phone.engine.sync();

    expect(await phone.db.refused.toArray()).toMatchObject([
      { name: 'booking.create', code: 'slot_taken', message: 'Someone booked this time first.' },
    ]);
    expect(await phone.db.bookings.get(mine)).toBeUndefined();
    expect(await phone.db.outbox.count()).toBe(0);
    // The later mutation was not blocked (push rule 4) and Bob's slot shows as taken.
    expect((await phone.db.requests.get(kept.id))?.pending).toBeUndefined();
    expect(await phone.db.slots.where('venueId').equals(VENUE).count()).toBe(1);
  });

  it('splits pushes at 500 mutations and ~900 KB', { timeout: 60_000 }, async () => {
    const { server } = world();
    const phone = device(server);
    await phone.signIn('alice');
    for (let i = 0; i < 1001; i++) {
      await phone.mutate('lesson.progress', { lessonId: LESSON, position: i, completed: false });
    }
    const photo = (n: number) => ({
      id: newId(),
      mime: 'image/jpeg' as const,
      data: 'A'.repeat(n),
    });
    for (let i = 0; i < 3; i++) {
      await phone.mutate('request.create', {
        ...requestArgs(),
        photos: [photo(270_000), photo(270_000)],
      });
    }
    await phone.engine.sync();
    expect(server.pushes.map((p) => p.mutations.length)).toEqual([500, 500, 2, 1, 1]);
    expect(Math.max(...server.pushBytes)).toBeLessThanOrEqual(900 * 1024 + 300);
    expect(server.records('request')).toHaveLength(3);
    expect(await phone.db.outbox.count()).toBe(0);
    expect(await phone.db.lessonProgress.toArray()).toMatchObject([{ position: 1000 }]);
  });

  it('keeps applied mutations queued and visible until a pull confirms them', async () => {
    const { server } = world();
    const phone = device(server, {
      fetch: (url, init) =>
        url.includes('/sync/pull')
          ? Promise.reject(new TypeError('offline'))
          : server.fetch(url, init),
    });
    await phone.signIn('alice');
    const r = requestArgs();
    await phone.mutate('request.create', r);
    await expect(phone.engine.sync()).rejects.toMatchObject({ code: 'network' });
    expect(server.get('request', r.id)).not.toBeNull();
    expect(await phone.db.outbox.count()).toBe(1);
    expect((await phone.db.requests.get(r.id))?.pending).toBe(true);
  });

  it('a push whose response was lost is resent as duplicate, nothing doubles', async () => {
    const { server } = world();
    const phone = device(server);
    await phone.signIn('alice');
    const post = newId();
    await phone.mutate('wall.post', { id: post, eventId: EVENT, body: '签到成功！' });
    await phone.mutate('lesson.progress', { lessonId: LESSON, position: 10, completed: false });
    server.loseNextPushResponse = true;
    await expect(phone.engine.sync()).rejects.toBeInstanceOf(ApiRequestError);
    await phone.engine.sync();
    expect(server.records('wall_post')).toHaveLength(1);
    expect(server.records('lesson_progress')).toHaveLength(1);
    expect(await phone.db.outbox.count()).toBe(0);
  });

  it('replaces a locally made upsert row with the server row, without duplicates', async () => {
    const { server } = world();
    const phone = device(server);
    await phone.signIn('alice');
    await phone.mutate('lesson.progress', { lessonId: LESSON, position: 100, completed: false });
    const localId = (await phone.db.lessonProgress.toArray())[0]?.id;
    await phone.mutate('event.rsvp', { eventId: EVENT, status: 'going' });
    await phone.engine.sync();

    const serverRow = server.records('lesson_progress')[0];
    const rows = await phone.db.lessonProgress.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toBe(serverRow?.id);
    expect(rows[0]?.id).not.toBe(localId);
    expect(rows[0]?.pending).toBeUndefined();
    expect(await phone.db.rsvps.count()).toBe(1);

    // A new pending write lands on the server's row, and after its pull there is still one row.
    await phone.mutate('lesson.progress', { lessonId: LESSON, position: 50, completed: true });
    expect(await phone.db.lessonProgress.toArray()).toMatchObject([
      { id: serverRow?.id, position: 100, completed: true, pending: true },
    ]);
    await phone.engine.sync();
    expect(await phone.db.lessonProgress.toArray()).toMatchObject([
      { id: serverRow?.id, position: 100, completed: true },
    ]);
  });

  it('rebases pending writes over server changes that arrive while they wait', async () => {
    const { server, alice } = world();
    const phone = device(server);
    await phone.signIn('alice');
    await phone.mutate('lesson.progress', { lessonId: LESSON, position: 100, completed: false });
    await phone.engine.sync();
    // Another device of Alice's moved further; this phone has an older write not yet pushed.
    const serverRow = server.records('lesson_progress')[0]!;
    server.put('lesson_progress', { ...serverRow, position: 900 }, alice.id);
    await phone.mutate('lesson.progress', { lessonId: LESSON, position: 300, completed: true });

    await pull(await contextOf(phone.db, server));

    // The server's newer position shows, with the pending "completed" on top, in one row.
    expect(await phone.db.lessonProgress.toArray()).toMatchObject([
      { id: serverRow.id, position: 900, completed: true, pending: true },
    ]);
    expect(await phone.db.outbox.count()).toBe(1);
  });

  it('applies a pull page, trims and rebases in one step: a live query never sees a gap', async () => {
    const { server } = world();
    const phone = device(server);
    await phone.signIn('alice');
    const r = requestArgs();
    await phone.mutate('request.create', r);
    const seen: { queued: number; row: 'missing' | 'pending' | 'confirmed' }[] = [];
    const sub = liveQuery(async () => {
      const row = await phone.db.requests.get(r.id);
      return {
        queued: await phone.db.outbox.count(),
        row: !row
          ? ('missing' as const)
          : row.pending
            ? ('pending' as const)
            : ('confirmed' as const),
      };
    }).subscribe((v) => seen.push(v));
    await new Promise((res) => setTimeout(res, 50));
    await phone.engine.sync();
    await new Promise((res) => setTimeout(res, 50));
    sub.unsubscribe();
    expect(seen.length).toBeGreaterThan(0);
    // Queued and pending, or trimmed and confirmed: never missing, never trimmed but still pending.
    for (const state of seen) {
      expect(state.row).not.toBe('missing');
      expect(state.queued === 1).toBe(state.row === 'pending');
    }
    expect(seen.at(-1)).toEqual({ queued: 0, row: 'confirmed' });
  });

  it('pulls in pages and reports first-sync progress', async () => {
    const { server } = world();
    for (let i = 0; i < 7; i++) {
      server.put('lesson', { id: newId(), title: `微党课 ${i}`, series: 'lunch', tags: ['初心'] });
    }
    const progress: number[] = [];
    const phone = device(server, { pullLimit: 3, onProgress: (p) => progress.push(p.done) });
    await phone.signIn('alice');
    const result = await phone.engine.sync();
    expect(result?.pulled).toBe(7);
    expect(progress).toEqual([3, 6, 7]);
    expect(await phone.db.lessons.where('tags').equals('初心').count()).toBe(7);
    expect(server.pulls.map((q) => q.get('limit'))).toEqual(['3', '3', '3']);
  });

  it('requests the next pages while it writes one, at most PULL_LOOKAHEAD ahead', async () => {
    const { server } = world();
    for (let i = 0; i < 7; i++) {
      server.put('lesson', { id: newId(), title: `微党课 ${i}`, series: 'lunch', tags: [] });
    }
    let written = 0;
    const ahead: number[] = [];
    const phone = device(server, {
      pullLimit: 1,
      onProgress: () => (written += 1),
      fetch: (url, init) => {
        // Page k (from 0) asked for while `written` pages are in the database.
        if (url.includes('/sync/pull')) ahead.push(server.pulls.length - written);
        return server.fetch(url, init);
      },
    });
    await phone.signIn('alice');
    expect((await phone.engine.sync())?.pulled).toBe(7);
    expect(await phone.db.lessons.count()).toBe(7);
    expect(server.pulls).toHaveLength(7);
    expect(Math.max(...ahead)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...ahead)).toBeLessThanOrEqual(PULL_LOOKAHEAD);
  });

  it('applies server deletes', async () => {
    const { server } = world();
    const id = newId();
    server.put('event', { id, title: '主题党日', startsAt: '2025-03-13T06:00:00Z' });
    const phone = device(server);
    await phone.signIn('alice');
    await phone.engine.sync();
    expect(await phone.db.events.get(id)).toBeDefined();
    server.del('event', id);
    await phone.engine.sync();
    expect(await phone.db.events.get(id)).toBeUndefined();
  });

  it('drops a pull page whose starting cursor moved meanwhile (another tab synced)', async () => {
    const { server } = world();
    const phone = device(server, {
      fetch: async (url, init) => {
        if (url.includes('/sync/pull')) {
          await phone.db.meta.put({ key: META.cursor, value: 'v-from-another-tab' });
        }
        return server.fetch(url, init);
      },
    });
    server.put('lesson', { id: newId(), title: '青年微党课', series: 'lunch', tags: [] });
    await phone.signIn('alice');
    await phone.engine.sync();
    expect(await phone.db.lessons.count()).toBe(0);
    expect(await readString(phone.db, META.cursor)).toBe('v-from-another-tab');
  });

  it('reset: clears records and cursor, keeps (and shows) the outbox, pulls from scratch', async () => {
    const { server, alice } = world();
    const kept = newId();
    const gone = newId();
    server.put('lesson', { id: kept, title: '留下', series: 'lunch', tags: [] });
    server.put('lesson', { id: gone, title: '移走', series: 'lunch', tags: [] });
    const phone = device(server);
    await phone.signIn('alice');
    await phone.engine.sync();
    // Alice moves branch: one lesson leaves her view without a tombstone, so the server resets.
    server.state.log.delete(`lesson:${gone}`);
    server.resetNextPull(alice.id);
    const r = requestArgs();
    server.offline = true;
    await phone.mutate('request.create', r);
    server.offline = false;

    await pull(await contextOf(phone.db, server));

    expect((await phone.db.lessons.toArray()).map((l) => l.id)).toEqual([kept]);
    expect(await phone.db.outbox.count()).toBe(1);
    expect((await phone.db.requests.get(r.id))?.pending).toBe(true);
    await phone.engine.sync();
    expect(await phone.db.outbox.count()).toBe(0);
    expect(server.get('request', r.id)).not.toBeNull();
  });

  it('seq_gap after a server backup restore: new clientId, queue renumbered from 1, nothing doubled', async () => {
    const { server } = world();
    const phone = device(server);
    await phone.signIn('alice');
    const early = requestArgs('早一点的申请');
    await phone.mutate('request.create', early);
    await phone.engine.sync();
    const backup = server.snapshot(); // knows seq 1
    const a = requestArgs('A');
    const b = requestArgs('B');
    await phone.mutate('request.create', a);
    await phone.mutate('request.create', b);
    await phone.engine.sync(); // seq 2, 3 confirmed and trimmed
    const firstClient = await readString(
      phone.db,
      META.clientId((await readSession(phone.db))!.user.id),
    );
    const c = requestArgs('C');
    await phone.mutate('request.create', c); // seq 4
    server.restore(backup);
    server.pushes = [];

    await phone.engine.sync();

    const clientNow = await readString(
      phone.db,
      META.clientId((await readSession(phone.db))!.user.id),
    );
    expect(clientNow).not.toBe(firstClient);
    const last = server.pushes.at(-1)!;
    expect(last.clientId).toBe(clientNow);
    expect(last.mutations.map((m) => m.seq)).toEqual([1]);
    expect(server.get('request', c.id)).not.toBeNull();
    expect(await phone.db.outbox.count()).toBe(0);
    // A and B were lost with the server's backup; C arrived once.
    expect(
      server
        .records('request')
        .map((x) => x.title)
        .sort(),
    ).toEqual(['C', '早一点的申请']);
  });

  it('client_outdated surfaces as its own error', async () => {
    const { server } = world();
    const phone = device(server);
    await phone.signIn('alice');
    await phone.mutate('request.create', requestArgs());
    server.schemaVersion = 2;
    await expect(phone.engine.sync()).rejects.toMatchObject({
      code: 'client_outdated',
      status: 409,
    });
    expect(await phone.db.outbox.count()).toBe(1);
  });

  it('a 401 marks the session expired and keeps the queue; signing in again sends it', async () => {
    const { server, alice } = world();
    const phone = device(server);
    await phone.signIn('alice');
    const r = requestArgs();
    await phone.mutate('request.create', r);
    server.revokeTokens(alice.id);
    await expect(phone.engine.sync()).rejects.toMatchObject({ code: 'unauthenticated' });
    const session = await readSession(phone.db);
    expect(session?.token).toBeNull();
    expect(session?.user.id).toBe(alice.id);
    expect(await phone.db.outbox.count()).toBe(1);
    expect((await phone.db.requests.get(r.id))?.pending).toBe(true);
    // Still writable offline while expired; all of it goes out after signing in.
    await phone.mutate('lesson.rate', { lessonId: LESSON, score: 5 });
    await phone.signIn('alice');
    await phone.engine.sync();
    expect(server.get('request', r.id)).not.toBeNull();
    expect(server.records('lesson_rating')).toHaveLength(1);
    expect(await phone.db.outbox.count()).toBe(0);
  });
});
