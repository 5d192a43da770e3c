import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, startServer, type TestServer } from './helpers.ts';
import { runAdminCommand } from '../../src/server/admin/commands.ts';
import { backup, restore } from '../../src/server/admin/backup.ts';
import { pull, pullAll, push, slot, venueIds } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';

describe('admin commands', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('creates an org and a user who can sign in, and lists them', async () => {
    await runAdminCommand(
      s.db,
      'create-org',
      { name: '青创党小组', kind: 'group', parent: '创客联合党支部' },
      [],
    );
    const out = await runAdminCommand(
      s.db,
      'create-user',
      {
        login: 'newbie',
        name: '新同志',
        roles: 'member',
        org: '青创党小组',
        password: 'pass-word-1',
      },
      [],
    );
    expect(out).toBe('Created user newbie');
    await s.login('newbie', 'pass-word-1');
    expect(await runAdminCommand(s.db, 'list-users', { org: '创客联合党支部' }, [])).toContain(
      'newbie',
    );
    expect(await runAdminCommand(s.db, 'list-orgs', {}, [])).toContain('青创党小组 [group]');
  });

  it('refuses unknown roles, groups and orgs with a clear message', async () => {
    await expect(
      runAdminCommand(
        s.db,
        'create-user',
        { login: 'x1', name: 'X', roles: 'boss', org: '创客联合党支部' },
        [],
      ),
    ).rejects.toThrow(/Unknown role: boss/);
    await expect(
      runAdminCommand(
        s.db,
        'create-user',
        { login: 'x1', name: 'X', groups: 'cooking', org: '创客联合党支部' },
        [],
      ),
    ).rejects.toThrow(/Unknown service group/);
    await expect(
      runAdminCommand(s.db, 'create-user', { login: 'x1', name: 'X', org: 'Nowhere' }, []),
    ).rejects.toThrow(/No org/);
  });

  it('resets a password with a random one and signs the user out', async () => {
    const token = await s.login('member2');
    const out = await runAdminCommand(s.db, 'reset-password', {}, ['member2']);
    const pw = /password of member2: (\S+)/.exec(out)?.[1];
    expect(pw).toBeTruthy();
    expect((await s.app.inject({ url: '/api/me', headers: auth(token) })).statusCode).toBe(401);
    await s.login('member2', pw);
  });
});

describe('backup and restore', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('restores an older backup; phones reset their cursor and resend by push rule 8 without doubling', async () => {
    const token = await s.login('member');
    const venue = (await venueIds(s))[0]!;
    const client = uuidv7();
    const make = (seq: number, day: number) => ({
      seq,
      name: 'booking.create',
      args: { id: uuidv7(), venueId: venue, ...slot(day, 9), purpose: `会议${seq}` },
    });
    const first = [make(1, 1), make(2, 2)];
    expect((await push(s, token, client, first)).body.lastSeq).toBe(2);
    const { last } = await pullAll(s, token, client);
    const dump = await backup(s.db);
    const later = [make(3, 3), make(4, 4)];
    expect((await push(s, token, client, later)).body.lastSeq).toBe(4);

    await restore(s.db, dump);

    // the old cursor is answered with reset
    const after = await pull(s, token, client, last.cursor);
    expect(after.body.reset).toBe(true);
    expect(after.body.lastSeq).toBe(2);
    // the phone still held seq 3-4 (say their confirmation was not pulled yet): seq_gap tells it lastSeq 2
    const gap = await push(s, token, client, [make(5, 5)]);
    expect(gap.status).toBe(409);
    expect(gap.body.error?.details?.lastSeq).toBe(2);
    // lastSeq 2 < 4 it saw confirmed: a new clientId, renumbered from 1, resending everything it holds
    const resent = await push(
      s,
      token,
      uuidv7(),
      [...first, ...later].map((m, i) => ({ ...m, seq: i + 1 })),
    );
    expect(resent.body.results.every((r) => r.status === 'applied')).toBe(true);
    const [{ n }] = (await s.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM bookings WHERE purpose LIKE '会议%'`,
    )) as [{ n: number }];
    expect(n).toBe(4);
  });

  it('a backup is plain SQL that names its schema version', async () => {
    const dump = await backup(s.db);
    expect(dump.split('\n')[0]).toMatch(/^-- lianxin backup v1 schema=\d+ at=/);
    expect(dump).toContain('INSERT INTO "users" SELECT * FROM json_populate_recordset');
  });
});

describe('metrics', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('exposes request, push and pull counters in Prometheus format', async () => {
    const token = await s.login('member');
    await push(s, token, uuidv7(), [
      { seq: 1, name: 'booking.cancel', args: { bookingId: uuidv7() } },
    ]);
    await pull(s, token, uuidv7());
    const res = await s.app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(
      'lianxin_push_mutations_total{name="booking.cancel",status="rejected"} 1',
    );
    expect(res.body).toMatch(
      /lianxin_http_requests_total\{method="POST",route="\/api\/sync\/push",status="200"\} 1/,
    );
    expect(res.body).toContain('lianxin_http_request_duration_seconds_bucket');
    expect(res.body).toMatch(/lianxin_pull_changes_total \d+/);
    expect(res.body).toContain('lianxin_db_pool_connections{state="total"}');
  });
});
