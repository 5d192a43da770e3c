import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { pullAll, pullUntilReset, push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { applied, creditCode, freshPhone, outcome, pulled } from './org-helpers.ts';

describe('organisation tree and firm register', () => {
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

  const node = (parentId: string | null, kind: string, name = '新节点', id = uuidv7()) => ({
    id,
    parentId,
    kind,
    name,
  });

  it('org.save: an admin above adds, renames and re-kinds nodes; others are forbidden', async () => {
    const grid = node(s.ids.park, 'grid', '东区网格');
    await applied(s, admin, 'org.save', grid);
    await applied(s, admin, 'org.save', node(grid.id, 'branch', '网格第一支部'));
    await applied(s, admin, 'org.save', { ...grid, name: '东区楼宇网格' });
    const orgs = await pulled(s, admin, 'org');
    expect(orgs.get(grid.id)).toMatchObject({
      name: '东区楼宇网格',
      kind: 'grid',
      parentId: s.ids.park,
    });
    // an organizer (even of the branch) does not change the tree
    expect(await outcome(s, organizer, 'org.save', node(s.ids.branchA, 'group'))).toBe('forbidden');
    expect(await outcome(s, member, 'org.save', node(s.ids.branchA, 'group'))).toBe('forbidden');
    // no second root, and the admin's own node is not theirs to change
    expect(await outcome(s, admin, 'org.save', node(null, 'district'))).toBe('forbidden');
    expect(
      await outcome(s, admin, 'org.save', node(null, 'district', '改名', s.ids.district)),
    ).toBe('forbidden');
  });

  it("org.save: a tree built offline goes out as one push, its new nodes the admin's at once", async () => {
    const grid = node(s.ids.park, 'grid', '西区网格');
    const branch = node(grid.id, 'branch', '西区联合支部');
    const r = await push(s, admin, uuidv7(), [
      { seq: 1, name: 'org.save', args: grid },
      { seq: 2, name: 'org.save', args: branch },
      { seq: 3, name: 'org.save', args: { ...branch, name: '西区第一联合支部' } },
      {
        seq: 4,
        name: 'firm.save',
        args: {
          id: uuidv7(),
          orgId: grid.id,
          name: '西区新材料有限公司',
          creditCode: creditCode(90_001),
          coverage: 'joint_branch',
          branchId: branch.id,
        },
      },
    ]);
    expect(r.status).toBe(200);
    expect(r.body.results.map((x: { status: string }) => x.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    // On PostgreSQL the admin's cached session learns of the new nodes from the database's
    // notification, a moment after the push's answer; a pull made before then lacks them, and the
    // next pull after it answers `reset` (see pullUntilReset).
    await vi.waitFor(
      async () =>
        expect((await pulled(s, admin, 'org')).get(branch.id)).toMatchObject({
          name: '西区第一联合支部',
        }),
      { timeout: 10_000, interval: 100 },
    );
  });

  it('org.save: a kind must fit its parent, and a node never moves under itself', async () => {
    expect(await outcome(s, admin, 'org.save', node(s.ids.district, 'branch'))).toBe(
      'invalid_request',
    );
    expect(await outcome(s, admin, 'org.save', node(s.ids.groupA1, 'group'))).toBe(
      'invalid_request',
    );
    // branch A holds a party group, which a grid cannot hold
    expect(
      await outcome(
        s,
        admin,
        'org.save',
        node(s.ids.park, 'grid', '创客联合党支部', s.ids.branchA),
      ),
    ).toBe('invalid_request');
    // the park under its own branch (a descendant): refused, even where the kinds would fit
    const committee = node(s.ids.district, 'committee', '第二园区');
    await applied(s, admin, 'org.save', committee);
    const grid = node(committee.id, 'grid', '第二园区网格');
    await applied(s, admin, 'org.save', grid);
    expect(await outcome(s, admin, 'org.save', { ...grid, parentId: grid.id })).toBe(
      'invalid_request',
    );
  });

  it('org.save: a move re-paths the subtree; a member below gets reset and then the new ancestors', async () => {
    const park2 = node(s.ids.district, 'committee', '未来科技园党委');
    await applied(s, admin, 'org.save', park2);
    const lessonId = uuidv7();
    await applied(s, admin, 'lesson.save', {
      id: lessonId,
      orgId: park2.id,
      series: 'lunch',
      title: '新园区的微党课',
      speaker: '讲者',
      summary: '简介',
      body: '正文',
      tags: [],
      durationMin: 10,
      scheduledAt: null,
      venue: '会议室',
      mediaId: null,
      quiz: [],
    });
    const clientId = uuidv7();
    const before = await pullAll(s, member, clientId);
    expect(before.changes.some((c) => c.id === lessonId)).toBe(false);

    await applied(s, admin, 'org.save', {
      id: s.ids.branchA,
      parentId: park2.id,
      kind: 'branch',
      name: '创客联合党支部',
    });
    const [group] = await s.db.query<{ path: string[] }>('SELECT path FROM orgs WHERE id = $1', [
      s.ids.groupA1,
    ]);
    expect(group!.path).toEqual([s.ids.district, park2.id, s.ids.branchA, s.ids.groupA1]);

    const next = await pullUntilReset(s, member, clientId, before.last.cursor);
    expect(next.body.reset).toBe(true);
    const after = await pullAll(s, member, clientId);
    const ids = new Set(after.changes.map((c) => c.id));
    expect(ids.has(lessonId)).toBe(true);
    expect(ids.has(park2.id)).toBe(true);
    const orgA = after.changes.find((c) => c.id === s.ids.branchA);
    expect(orgA).toMatchObject({ op: 'put', data: { parentId: park2.id } });
    // the moved member sees the old park no more
    expect(ids.has(s.ids.park)).toBe(false);
    // move it back for the other tests
    await applied(s, admin, 'org.save', {
      id: s.ids.branchA,
      parentId: s.ids.park,
      kind: 'branch',
      name: '创客联合党支部',
    });
    const audit = await s.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target_id = $1`,
      [s.ids.branchA],
    );
    expect(audit.map((a) => a.action)).toEqual(['org.save', 'org.save']);
  });

  const firm = (orgId: string, n: number, extra: Record<string, unknown> = {}) => ({
    id: uuidv7(),
    orgId,
    name: `企业${n}`,
    creditCode: creditCode(n),
    coverage: 'joint_branch',
    building: '创业大厦 8F',
    industry: '软件',
    headcount: 20,
    memberCount: 2,
    ...extra,
  });

  it('firm.save: organizers of the org or above keep the register; members pull it', async () => {
    const f = firm(s.ids.branchA, 1, { branchId: s.ids.branchA });
    await applied(s, organizer, 'firm.save', f);
    await applied(s, admin, 'firm.save', firm(s.ids.park, 2, { branchId: s.ids.branchB }));
    expect(await outcome(s, organizer, 'firm.save', firm(s.ids.park, 3))).toBe('forbidden');
    expect(await outcome(s, organizer, 'firm.save', firm(s.ids.branchB, 4))).toBe('forbidden');
    expect(await outcome(s, member, 'firm.save', firm(s.ids.branchA, 5))).toBe('forbidden');
    const seen = await pulled(s, member, 'firm');
    expect(seen.get(f.id)).toMatchObject({ creditCode: creditCode(1), instructorId: null });
    // an edit
    await applied(s, organizer, 'firm.save', { ...f, headcount: 25 });
    expect((await pulled(s, member, 'firm')).get(f.id)).toMatchObject({ headcount: 25 });
  });

  it('firm.save: a bad check character, a taken code and a branch outside are refused', async () => {
    const bad = firm(s.ids.branchA, 10);
    const last = bad.creditCode.at(-1) === '0' ? '1' : '0';
    expect(
      await outcome(s, organizer, 'firm.save', {
        ...bad,
        creditCode: bad.creditCode.slice(0, 17) + last,
      }),
    ).toBe('invalid_credit_code');
    expect(await outcome(s, organizer, 'firm.save', { ...bad, creditCode: '123' })).toBe(
      'invalid_credit_code',
    );
    await applied(s, organizer, 'firm.save', firm(s.ids.branchA, 11));
    expect(await outcome(s, organizer, 'firm.save', firm(s.ids.branchA, 11))).toBe('conflict');
    expect(
      await outcome(s, admin, 'firm.save', firm(s.ids.branchA, 12, { branchId: s.ids.branchB })),
    ).toBe('invalid_request');
    expect(
      await outcome(s, admin, 'firm.save', firm(s.ids.park, 13, { branchId: s.ids.groupA1 })),
    ).toBe('invalid_request');
  });

  it('firm.assign: only an instructor; the firm goes to them and back off their list', async () => {
    const f = firm(s.ids.branchB, 20);
    await applied(s, admin, 'firm.save', f);
    const instructorId = uuidv7();
    const phone = freshPhone();
    await applied(s, admin, 'account.create', {
      id: instructorId,
      orgId: s.ids.district,
      name: '党建指导员',
      phone,
      roles: ['instructor'],
      groups: [],
    });
    expect(
      await outcome(s, admin, 'firm.assign', { firmId: f.id, instructorId: s.ids.users.member }),
    ).toBe('invalid_instructor');
    expect(await outcome(s, admin, 'firm.assign', { firmId: f.id, instructorId: uuidv7() })).toBe(
      'invalid_instructor',
    );
    expect(await outcome(s, member, 'firm.assign', { firmId: f.id, instructorId })).toBe(
      'not_found',
    );
    expect(await outcome(s, organizer, 'firm.assign', { firmId: f.id, instructorId })).toBe(
      'not_found',
    );
    await applied(s, admin, 'firm.assign', { firmId: f.id, instructorId });
    // the instructor (at the district) pulls the firm of branch B as its owner
    const [row] = await s.db.query<{ code: string }>(
      `SELECT data->>'activationCode' AS code FROM sync_log WHERE type = 'member_admin' AND id = $1`,
      [instructorId],
    );
    const act = await s.app.inject({
      method: 'POST',
      url: '/api/auth/activate',
      payload: { login: phone, code: row!.code, password: 'instructor-pw' },
    });
    expect(act.statusCode).toBe(200);
    const token = act.json().token as string;
    expect((await pulled(s, token, 'firm')).get(f.id)).toMatchObject({ instructorId });
    await applied(s, admin, 'firm.assign', { firmId: f.id, instructorId: null });
    expect((await pulled(s, admin, 'firm')).get(f.id)).toMatchObject({ instructorId: null });
    expect((await pulled(s, token, 'firm')).has(f.id)).toBe(false);
  });

  it('invite.create and invite.revoke: at a branch, within 90 days, by its organizers', async () => {
    const args = (orgId: string, days = 7) => ({
      id: uuidv7(),
      orgId,
      expiresAt: new Date(Date.now() + days * 86400_000).toISOString(),
    });
    const a = args(s.ids.branchA);
    await applied(s, organizer, 'invite.create', a);
    const invites = await pulled(s, organizer, 'invite');
    const code = invites.get(a.id)!.code as string;
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    expect((await pulled(s, member, 'invite')).size).toBe(0);
    expect(await outcome(s, member, 'invite.create', args(s.ids.branchA))).toBe('forbidden');
    expect(await outcome(s, organizer, 'invite.create', args(s.ids.branchB))).toBe('forbidden');
    expect(await outcome(s, admin, 'invite.create', args(s.ids.park))).toBe('invalid_request');
    expect(await outcome(s, organizer, 'invite.create', args(s.ids.branchA, -1))).toBe(
      'invalid_request',
    );
    expect(await outcome(s, organizer, 'invite.create', args(s.ids.branchA, 91))).toBe(
      'invalid_request',
    );
    await applied(s, organizer, 'invite.create', args(s.ids.branchA, 90));

    expect(await outcome(s, member, 'invite.revoke', { inviteId: a.id })).toBe('forbidden');
    const b = args(s.ids.branchB);
    await applied(s, admin, 'invite.create', b);
    expect(await outcome(s, organizer, 'invite.revoke', { inviteId: b.id })).toBe('not_found');
    await applied(s, organizer, 'invite.revoke', { inviteId: a.id });
    expect((await pulled(s, organizer, 'invite')).get(a.id)!.revokedAt).toEqual(expect.any(String));
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { code, name: '迟到的人', phone: freshPhone(), standing: 'full' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('invalid_invite');
  });
});
