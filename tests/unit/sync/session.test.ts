import { describe, expect, it } from 'vitest';
import { META, readSession, readString } from '../../../src/db/meta.ts';
import { currentUserId } from '../../../src/db/current-user.ts';
import { device, LESSON, newId, requestArgs, world } from './helpers.ts';

describe('session', () => {
  it('persists the session and member card so the app opens signed in offline', async () => {
    const { server, alice } = world();
    const phone = device(server);
    const user = await phone.signIn('alice');
    expect(user.id).toBe(alice.id);
    server.offline = true;
    const stored = await readSession(phone.db);
    expect(stored).toMatchObject({ user: { id: alice.id }, card: { token: `card-${alice.id}` } });
    expect(await currentUserId(phone.db)).toBe(alice.id);
  });

  it('rejects wrong credentials with the server code', async () => {
    const { server } = world();
    const phone = device(server);
    await expect(phone.signIn('nobody')).rejects.toMatchObject({
      code: 'invalid_credentials',
      status: 401,
    });
    expect(await readSession(phone.db)).toBeNull();
  });

  it('signing out offline forgets the token, keeps the queue, and the same user resumes it', async () => {
    const { server, alice } = world();
    const phone = device(server);
    await phone.signIn('alice');
    server.offline = true;
    const r = requestArgs();
    await phone.mutate('request.create', r);
    await phone.signOut();
    expect(await readSession(phone.db)).toBeNull();
    await expect(phone.mutate('lesson.rate', { lessonId: LESSON, score: 4 })).rejects.toMatchObject(
      {
        code: 'not_signed_in',
      },
    );
    expect(await phone.db.outbox.where('userId').equals(alice.id).count()).toBe(1);

    server.offline = false;
    await phone.signIn('alice');
    expect((await phone.db.requests.get(r.id))?.pending).toBe(true);
    await phone.engine.sync();
    expect(server.get('request', r.id)).not.toBeNull();
    expect(await phone.db.outbox.count()).toBe(0);
  });

  it('a different user never sees or sends the previous user’s queue; it waits for them', async () => {
    const { server, alice, bob } = world();
    const lesson = newId();
    server.put('lesson', { id: lesson, title: '公开课', series: 'lunch', tags: [] });
    const phone = device(server);
    await phone.signIn('alice');
    await phone.engine.sync();
    server.offline = true;
    const aliceRequest = requestArgs('Alice 的申请');
    await phone.mutate('request.create', aliceRequest);
    await phone.signOut();
    server.offline = false;

    await phone.signIn('bob');
    // Alice's records and cursor are gone, her queue is kept under her id.
    expect(await phone.db.requests.get(aliceRequest.id)).toBeUndefined();
    expect(await phone.db.lessons.count()).toBe(0);
    expect(await readString(phone.db, META.cursor)).toBeNull();
    const bobRequest = requestArgs('Bob 的申请');
    await phone.mutate('request.create', bobRequest);
    server.pushes = [];
    await phone.engine.sync();
    const sent = server.pushes.flatMap((p) =>
      p.mutations.map((m) => (m.args as { id: string }).id),
    );
    expect(sent).toEqual([bobRequest.id]);
    expect(server.get('request', aliceRequest.id)).toBeNull();
    expect(server.get('request', bobRequest.id)).toMatchObject({ userId: bob.id });
    expect(await phone.db.lessons.count()).toBe(1);
    expect(await phone.db.outbox.where('userId').equals(alice.id).count()).toBe(1);

    await phone.signIn('alice');
    expect(await phone.db.requests.get(bobRequest.id)).toBeUndefined();
    expect((await phone.db.requests.get(aliceRequest.id))?.pending).toBe(true);
    await phone.engine.sync();
    expect(server.get('request', aliceRequest.id)).toMatchObject({ userId: alice.id });
    expect(await phone.db.outbox.count()).toBe(0);
    expect(await phone.db.requests.get(bobRequest.id)).toBeUndefined();
  });

  it('a refused write of one user is not shown to another', async () => {
    const { server, bob } = world();
    const phone = device(server);
    await phone.signIn('alice');
    await phone.mutate('event.checkin', { eventId: newId(), window: 1, code: '000000' });
    await phone.engine.sync();
    expect(await phone.db.refused.count()).toBe(1);
    await phone.signIn('bob');
    expect(await phone.db.refused.where('userId').equals(bob.id).count()).toBe(0);
  });
});
