import { afterEach, describe, expect, it, vi } from 'vitest';
import { mutators } from '../../../src/db/mutators/index.ts';
import { LocalWriteError } from '../../../src/sync/errors.ts';
import { device, EVENT, newId, requestArgs, world } from './helpers.ts';

afterEach(() => vi.restoreAllMocks());

async function signedIn() {
  const w = world();
  const phone = device(w.server);
  await phone.signIn('alice');
  return { ...w, phone };
}

describe('mutate', () => {
  it('writes the record and the outbox entry together, seqs counting up per client', async () => {
    const { phone, alice } = await signedIn();
    const a = requestArgs();
    const b = requestArgs();
    await phone.mutate('request.create', a);
    await phone.mutate('request.create', b);
    expect(await phone.db.requests.count()).toBe(2);
    const outbox = await phone.db.outbox.toArray();
    expect(outbox.map((e) => [e.userId, e.seq, e.name])).toEqual([
      [alice.id, 1, 'request.create'],
      [alice.id, 2, 'request.create'],
    ]);
    expect(new Set(outbox.map((e) => e.clientId)).size).toBe(1);
  });

  it('continues seqs after the server confirmed and the outbox was trimmed', async () => {
    const { phone } = await signedIn();
    await phone.mutate('request.create', requestArgs());
    await phone.engine.sync();
    expect(await phone.db.outbox.count()).toBe(0);
    await phone.mutate('request.create', requestArgs());
    expect((await phone.db.outbox.toArray())[0]?.seq).toBe(2);
  });

  it('a failing mutator leaves neither the record nor the outbox entry', async () => {
    const { phone } = await signedIn();
    const original = mutators['wall.post'];
    vi.spyOn(mutators, 'wall.post').mockImplementation(async (tx, args, ctx) => {
      await original(tx, args, ctx);
      throw new Error('mutator bug');
    });
    const id = newId();
    await expect(phone.mutate('wall.post', { id, eventId: EVENT, body: '你好' })).rejects.toThrow(
      'mutator bug',
    );
    expect(await phone.db.wallPosts.get(id)).toBeUndefined();
    expect(await phone.db.outbox.count()).toBe(0);
    expect(await phone.db.base.count()).toBe(0);
  });

  it('a full disk surfaces as storage_full and nothing half-written stays', async () => {
    const { phone } = await signedIn();
    vi.spyOn(phone.db.outbox, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const r = requestArgs();
    const err = await phone.mutate('request.create', r).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocalWriteError);
    expect(err).toMatchObject({ code: 'storage_full' });
    expect(await phone.db.requests.get(r.id)).toBeUndefined();
  });

  it('refuses arguments that do not fit the shared schema', async () => {
    const { phone } = await signedIn();
    await expect(
      phone.mutate('request.create', { ...requestArgs(), title: '' }),
    ).rejects.toMatchObject({ code: 'invalid_args' });
    expect(await phone.db.outbox.count()).toBe(0);
  });

  it('stores the parsed args (trimmed), as the server will read them', async () => {
    const { phone } = await signedIn();
    const id = newId();
    await phone.mutate('wall.post', { id, eventId: EVENT, body: '  很开心  ' });
    expect((await phone.db.outbox.toArray())[0]?.args).toMatchObject({ body: '很开心' });
    expect((await phone.db.wallPosts.get(id))?.body).toBe('很开心');
  });
});
