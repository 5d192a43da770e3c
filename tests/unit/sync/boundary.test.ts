import { describe, expect, it, vi } from 'vitest';
import { META, readString } from '../../../src/db/meta.ts';
import type { FetchLike } from '../../../src/sync/http.ts';
import { device, newId, requestArgs, world } from './helpers.ts';

/**
 * What the app does with an answer of the wrong shape (docs/sync-protocol.md "The app side"): a
 * pulled record that does not fit its type's schema is left out and reported while the rest of the
 * page is stored; a pull or push envelope of the wrong shape changes nothing on the phone.
 */
describe('sync boundary checks', () => {
  it('stores the good records of a page, leaves out one that does not fit its schema, and moves on', async () => {
    const { server } = world();
    const good = newId();
    const bad = newId();
    server.put('lesson', { id: good, title: '好的' });
    server.put('lesson', { id: bad, title: '坏的' });
    // The server sends a lesson whose duration is text: the lesson screens could not show it.
    server.state.log.get(`lesson:${bad}`)!.data!.durationMin = 'long';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const phone = device(server);
    await phone.signIn('alice');

    await phone.engine.sync();

    expect(await phone.db.lessons.get(good)).toMatchObject({ title: '好的' });
    expect(await phone.db.lessons.get(bad)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('1 pulled record'), [
      { type: 'lesson', id: bad, issue: expect.stringContaining('durationMin') },
    ]);
    // The cursor went past it: the next sync does not stall on the same record.
    expect(await readString(phone.db, META.cursor)).not.toBeNull();
    warn.mockRestore();
  });

  it('keeps the copy it holds when a later version of the record does not fit', async () => {
    const { server } = world();
    const id = newId();
    server.put('lesson', { id, title: '第一版' });
    const phone = device(server);
    await phone.signIn('alice');
    await phone.engine.sync();
    server.put('lesson', { id, title: '第二版', series: 'podcast' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    await phone.engine.sync();

    expect(await phone.db.lessons.get(id)).toMatchObject({ title: '第一版', series: 'lunch' });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('passes records of a type it does not know, unread', async () => {
    const { server } = world();
    server.put('notice', { id: newId(), title: '通知' });
    server.put('lesson', { id: newId(), title: '照常' });
    const phone = device(server);
    await phone.signIn('alice');

    await phone.engine.sync();

    expect(await phone.db.lessons.count()).toBe(1);
  });

  it('applies nothing of a pull answer whose envelope is wrong', async () => {
    const { server } = world();
    server.put('lesson', { id: newId(), title: '不会存' });
    const broken: FetchLike = async (url, init) => {
      const res = await server.fetch(url, init);
      if (!url.includes('/api/sync/pull')) return res;
      const body = (await res.json()) as Record<string, unknown>;
      return Response.json({ ...body, lastSeq: 'seven' });
    };
    const phone = device(server, { fetch: broken });
    await phone.signIn('alice');

    await expect(phone.engine.sync()).rejects.toMatchObject({ code: 'bad_response' });
    expect(await phone.db.lessons.count()).toBe(0);
    expect(await readString(phone.db, META.cursor)).toBeNull();
  });

  it('keeps the outbox when a push answer has the wrong shape, and sends it again later', async () => {
    const { server } = world();
    let garble = true;
    const flaky: FetchLike = async (url, init) => {
      const res = await server.fetch(url, init);
      if (!garble || !url.includes('/api/sync/push')) return res;
      return Response.json({ lastSeq: 1, results: [{ seq: 1, status: 'fine' }] });
    };
    const phone = device(server, { fetch: flaky });
    await phone.signIn('alice');
    const r = requestArgs();
    await phone.mutate('request.create', r);

    await expect(phone.engine.sync()).rejects.toMatchObject({ code: 'bad_response' });
    expect(await phone.db.outbox.count()).toBe(1);
    expect(await phone.db.refused.count()).toBe(0);

    garble = false;
    await phone.engine.sync();
    expect(await phone.db.outbox.count()).toBe(0);
    expect(await phone.db.requests.get(r.id)).toMatchObject({ status: 'submitted' });
  });
});
