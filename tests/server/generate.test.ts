import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { runAdminCommand } from '../../src/server/admin/commands.ts';
import { pull, pullAll, push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';

describe('admin generate (bulk demo data for benchmarks)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('gives one member N more records to pull, in the shapes the mutations emit, and nobody else', async () => {
    const token = await s.login('member');
    const outsider = await s.login('outsider');
    const before = await pullAll(s, token, uuidv7());
    const outsiderBefore = await pullAll(s, outsider, uuidv7());

    const out = await runAdminCommand(s.db, 'generate', { records: '1000', for: 'member' }, []);
    expect(out).toMatch(
      /^Generated 1000 records for member: 400 lessons, 300 party days, 300 requests/,
    );

    const after = await pullAll(s, token, uuidv7(), undefined, 1000);
    expect(after.changes.length - before.changes.length).toBe(1000);
    const count = (type: string) => after.changes.filter((c) => c.type === type).length;
    const countBefore = (type: string) => before.changes.filter((c) => c.type === type).length;
    expect(count('lesson') - countBefore('lesson')).toBe(400);
    expect(count('event') - countBefore('event')).toBe(300);
    expect(count('request') - countBefore('request')).toBe(300);
    // No organizer secret reaches the member; the outsider (branch B) sees none of it.
    expect(count('event_secret')).toBe(0);
    expect((await pullAll(s, outsider, uuidv7())).changes.length).toBe(
      outsiderBefore.changes.length,
    );

    // A generated request is a real one: the member can comment on it through push.
    const request = after.changes.find(
      (c) =>
        c.type === 'request' && c.op === 'put' && String(c.data.title).startsWith('服务诉求第'),
    );
    expect(request?.op === 'put' && request.data).toMatchObject({
      userId: s.ids.users.member,
      status: 'submitted',
      photos: [],
    });
    const lesson = after.changes.find(
      (c) => c.type === 'lesson' && c.op === 'put' && String(c.data.title).startsWith('微党课第'),
    );
    expect(lesson?.op === 'put' && lesson.data).toMatchObject({
      orgId: s.ids.branchA,
      media: null,
      images: [],
      quiz: [],
    });
    const clientId = uuidv7();
    const pushed = await push(s, token, clientId, [
      {
        seq: 1,
        name: 'request.comment',
        args: { id: uuidv7(), requestId: request!.id, body: '补充一下材料' },
      },
    ]);
    expect(pushed.body.results).toEqual([{ seq: 1, status: 'applied' }]);

    // Versions are real: a cursor taken before sees exactly the new records after it.
    const since = await pull(s, token, clientId, before.last.cursor, 1000);
    expect(since.body.changes.length).toBe(1000);
    expect(since.body.hasMore).toBe(true);
  });

  it('refuses an unknown user and a bad count', async () => {
    await expect(
      runAdminCommand(s.db, 'generate', { records: '10', for: 'nobody' }, []),
    ).rejects.toThrow(/No user nobody/);
    await expect(
      runAdminCommand(s.db, 'generate', { records: 'ten', for: 'member' }, []),
    ).rejects.toThrow(/usage: generate/);
  });
});
