import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, startServer, type TestServer } from './helpers.ts';
import { activate, applied, freshPhone, memberAdmin } from './org-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import type { AuditPage } from '../../src/shared/org/api.ts';

describe('member import and the audit log', () => {
  let s: TestServer;
  let admin: string;
  let organizer: string;
  let member: string;

  beforeAll(async () => {
    s = await startServer();
    admin = await s.login('admin');
    organizer = await s.login('organizer');
    member = await s.login('member');
  });
  afterAll(() => s?.close());

  const post = (token: string | null, csv: string | Buffer, query = '') =>
    s.app.inject({
      method: 'POST',
      url: `/api/admin/import${query}`,
      headers: { 'content-type': 'text/csv', ...(token ? auth(token) : {}) },
      payload: csv,
    });

  it('creates members with a one-time code each (Chinese header, BOM); dry run creates nothing', async () => {
    const [p1, p2] = [freshPhone(), freshPhone()];
    const csv = `\uFEFF姓名,手机号,支部,身份,入党日期\r\n张三,${p1},创客联合党支部,正式党员,2015-07-01\r\n"李,四",${p2.slice(0, 3)} ${p2.slice(3)},创客联合党支部,预备党员,\r\n`;
    const dry = await post(organizer, csv, '?dryRun=1');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({ valid: 2 });
    expect(await s.db.query('SELECT 1 FROM users WHERE phone = $1', [p1])).toHaveLength(0);
    const res = await post(organizer, csv);
    expect(res.statusCode).toBe(200);
    const created = res.json().created as {
      line: number;
      login: string;
      name: string;
      activationCode: string;
    }[];
    expect(created.map((c) => [c.line, c.login, c.name])).toEqual([
      [2, p1, '张三'],
      [3, p2, '李,四'],
    ]);
    const [u] = await s.db.query<{ id: string }>('SELECT id FROM users WHERE phone = $1', [p1]);
    expect(await memberAdmin(s, organizer, u!.id)).toMatchObject({
      standing: 'full',
      joinedAt: '2015-07-01',
      roles: ['member'],
      activated: false,
      activationCode: created[0]!.activationCode,
    });
    expect((await activate(s, p1, created[0]!.activationCode, 'imported-pw')).statusCode).toBe(200);
  });

  it('checks every row and creates nothing when any fails (English header)', async () => {
    const ok = freshPhone();
    const [taken] = await s.db.query<{ phone: string }>(
      'SELECT phone FROM users WHERE phone IS NOT NULL LIMIT 1',
    );
    const csv = [
      'name,phone,branch,standing,joinedAt',
      `王五,${ok},创客联合党支部,full,2020-01-01`,
      `,12345,创客联合党支部,full,2020-01-01`,
      `赵六,${ok},不存在的支部,member,2020-13-01`,
      `孙七,${taken!.phone},数智楼宇党支部,probationary,2999-01-01`,
    ].join('\n');
    const res = await post(admin, csv);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('import_failed');
    const rows = res.json().error.details.rows as { line: number; errors: { code: string }[] }[];
    expect(rows.map((r) => [r.line, r.errors.map((e) => e.code)])).toEqual([
      [3, ['name_missing', 'phone_format']],
      [4, ['phone_duplicate_in_file', 'branch_unknown', 'standing_unknown', 'date_format']],
      [5, ['phone_exists', 'date_future']],
    ]);
    expect(await s.db.query('SELECT 1 FROM users WHERE phone = $1', [ok])).toHaveLength(0);
    const header = await post(admin, 'who,what\nx,y\n');
    expect(header.json().error.details.rows[0].errors[0].code).toBe('header');
  });

  it('branches are those under the importer: branch B is unknown to branch A organizer', async () => {
    const csv = `姓名,手机号,支部,身份,入党日期\n周八,${freshPhone()},数智楼宇党支部,正式党员,2010-05-04\n`;
    const res = await post(organizer, csv);
    expect(res.json().error.details.rows[0].errors[0].code).toBe('branch_unknown');
    expect((await post(admin, csv)).statusCode).toBe(200);
  });

  it('only organizers and admins import; the body is CSV', async () => {
    const csv = `姓名,手机号,支部,身份,入党日期\n`;
    expect((await post(null, csv)).statusCode).toBe(401);
    expect((await post(member, csv)).statusCode).toBe(403);
    const json = await s.app.inject({
      method: 'POST',
      url: '/api/admin/import',
      headers: auth(organizer),
      payload: { csv },
    });
    expect(json.statusCode).toBe(400);
  });

  it('GET /api/admin/audit: admins read everything, organizers their subtree, as JSON or CSV', async () => {
    await applied(s, admin, 'invite.create', {
      id: uuidv7(),
      orgId: s.ids.branchB,
      expiresAt: new Date(Date.now() + 86400_000).toISOString(),
    });
    const get = (token: string, q = '') =>
      s.app.inject({ url: `/api/admin/audit${q}`, headers: auth(token) });
    const all = (await get(admin)).json() as AuditPage;
    expect(all.entries.map((e) => e.action)).toContain('invite.create');
    expect(all.entries[0]!.actorName).toBe('区工委管理员');
    const mine = (await get(organizer)).json() as AuditPage;
    expect(mine.entries.length).toBeGreaterThan(0);
    expect(mine.entries.every((e) => e.orgId === s.ids.branchA || e.orgId === s.ids.groupA1)).toBe(
      true,
    );
    expect((await get(member)).statusCode).toBe(403);
    const first = (await get(admin, '?limit=1')).json() as AuditPage;
    expect(first.entries).toHaveLength(1);
    const second = (await get(admin, `?limit=1&before=${first.nextBefore}`)).json() as AuditPage;
    expect(second.entries[0]!.id).toBeLessThan(first.entries[0]!.id);
    const csv = await get(admin, '?format=csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.startsWith('\uFEFF"id","at"')).toBe(true);
    expect(csv.body).toContain('"import"');
  });
});
