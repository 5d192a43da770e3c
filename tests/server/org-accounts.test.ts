import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, startServer, type TestServer } from './helpers.ts';
import { pullAll, pullUntilReset } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import {
  activate,
  applied,
  freshPhone,
  inviteAt,
  join,
  memberAdmin,
  outcome,
  pulled,
} from './org-helpers.ts';

describe('accounts: join, activation, and what organizers do to accounts', () => {
  let s: TestServer;
  let admin: string;
  let organizer: string;
  let member: string;
  let code: string;

  beforeAll(async () => {
    s = await startServer();
    admin = await s.login('admin');
    organizer = await s.login('organizer');
    member = await s.login('member');
    code = (await inviteAt(s, organizer, s.ids.branchA)).code;
  });
  afterAll(() => s?.close());

  /** A newcomer joins through branch A's invite and is approved; returns the account. */
  async function approved(standing = 'full') {
    const phone = freshPhone();
    expect((await join(s, code, { phone, standing, name: '新党员' })).statusCode).toBe(202);
    const [j] = await s.db.query<{ id: string }>('SELECT id FROM join_requests WHERE phone = $1', [
      phone,
    ]);
    await applied(s, organizer, 'join.decide', { joinRequestId: j!.id, decision: 'approve' });
    const requests = await pulled(s, organizer, 'join_request');
    const rec = requests.get(j!.id)!;
    return {
      joinId: j!.id,
      phone,
      userId: rec.memberId as string,
      code: rec.activationCode as string,
    };
  }

  it('POST /api/join files a pending request the branch organizer pulls (and no member does)', async () => {
    const phone = freshPhone();
    const res = await join(s, code.toLowerCase(), { phone: `+86 ${phone}`, firm: '某科技公司' });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'pending' });
    const mine = [...(await pulled(s, organizer, 'join_request')).values()].find(
      (r) => r.phone === phone,
    );
    expect(mine).toMatchObject({ status: 'pending', firm: '某科技公司', orgId: s.ids.branchA });
    expect((await pulled(s, member, 'join_request')).size).toBe(0);
    expect((await pulled(s, organizer, 'invite')).get((await inviteRow()).id)).toMatchObject({
      uses: expect.any(Number),
    });
    const bad = await join(s, 'NOSUCHCODE2', { phone: freshPhone() });
    expect(bad.statusCode).toBe(404);
    expect(bad.json().error.code).toBe('invalid_invite');
    const badPhone = await join(s, code, { phone: '12345' });
    expect(badPhone.statusCode).toBe(400);
  });

  const inviteRow = async () =>
    (await s.db.query<{ id: string }>('SELECT id FROM invites WHERE code = $1', [code]))[0]!;

  it('POST /api/join: an expired invitation is refused and the address is rate-limited', async () => {
    const { id, code: c } = await inviteAt(s, organizer, s.ids.branchA);
    await s.db.query(`UPDATE invites SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      id,
    ]);
    expect((await join(s, c, { phone: freshPhone() })).json().error.code).toBe('invalid_invite');
    // the limit counts every attempt from an address, granted or not
    const limits = s.ctx.loginLimits;
    const was = limits.perAddress;
    await s.db.query(`DELETE FROM rate_limits WHERE key LIKE 'join:%'`);
    limits.perAddress = 2;
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await join(s, code, { phone: freshPhone() })).statusCode);
      expect(statuses).toEqual([202, 202, 429]);
    } finally {
      limits.perAddress = was;
    }
  });

  it('join.decide approve: a member with standing, a one-time code, activation signs in once', async () => {
    const a = await approved('probationary');
    expect(a.code).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    const adminRec = await memberAdmin(s, organizer, a.userId);
    expect(adminRec).toMatchObject({
      login: a.phone,
      roles: ['member'],
      standing: 'probationary',
      activated: false,
      activationCode: a.code,
    });
    // not activated: sign-in refuses any password, like a wrong one
    const early = await s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: a.phone, password: '' + 'x'.repeat(8) },
    });
    expect(early.statusCode).toBe(401);
    expect((await activate(s, a.phone, 'WRONGCODE222', 'new-password-1')).statusCode).toBe(401);
    const ok = await activate(s, a.phone, a.code.toLowerCase(), 'new-password-1');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ id: a.userId, roles: ['member'], orgId: s.ids.branchA });
    const again = await activate(s, a.phone, a.code, 'other-password-2');
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe('invalid_credentials');
    await s.login(a.phone, 'new-password-1');
    expect(await memberAdmin(s, organizer, a.userId)).toMatchObject({
      activated: true,
      activationCode: null,
    });
    expect((await pulled(s, organizer, 'join_request')).get(a.joinId)).toMatchObject({
      status: 'approved',
      activationCode: null,
    });
    // a decided request is decided
    expect(
      await outcome(s, organizer, 'join.decide', { joinRequestId: a.joinId, decision: 'reject' }),
    ).toBe('invalid_transition');
  });

  it('join.decide: an activist gets an account without the member role; a taken phone conflicts; reject keeps a note', async () => {
    const act = await approved('activist');
    expect(await memberAdmin(s, organizer, act.userId)).toMatchObject({
      roles: [],
      standing: null,
    });

    const phone = freshPhone();
    await join(s, code, { phone });
    await join(s, code, { phone });
    const [j1, j2] = await s.db.query<{ id: string }>(
      'SELECT id FROM join_requests WHERE phone = $1 ORDER BY created_at, id',
      [phone],
    );
    expect(
      await outcome(s, member, 'join.decide', { joinRequestId: j1!.id, decision: 'approve' }),
    ).toBe('forbidden');
    await applied(s, organizer, 'join.decide', { joinRequestId: j1!.id, decision: 'approve' });
    expect(
      await outcome(s, organizer, 'join.decide', { joinRequestId: j2!.id, decision: 'approve' }),
    ).toBe('conflict');
    await applied(s, organizer, 'join.decide', {
      joinRequestId: j2!.id,
      decision: 'reject',
      note: '重复申请',
    });
    expect((await pulled(s, organizer, 'join_request')).get(j2!.id)).toMatchObject({
      status: 'rejected',
      note: '重复申请',
      memberId: null,
    });
    // branch B's queue is not branch A's organizer's
    const b = await inviteAt(s, admin, s.ids.branchB);
    const pb = freshPhone();
    await join(s, b.code, { phone: pb });
    const [jb] = await s.db.query<{ id: string }>('SELECT id FROM join_requests WHERE phone = $1', [
      pb,
    ]);
    expect(
      await outcome(s, organizer, 'join.decide', { joinRequestId: jb!.id, decision: 'approve' }),
    ).toBe('not_found');
  });

  it('member.reset: a new code, the old password and every session end', async () => {
    const a = await approved();
    const token = (await activate(s, a.phone, a.code, 'first-password')).json().token as string;
    expect(await outcome(s, member, 'member.reset', { userId: a.userId })).toBe('forbidden');
    expect(await outcome(s, organizer, 'member.reset', { userId: s.ids.users.outsider })).toBe(
      'not_found',
    );
    expect(await outcome(s, organizer, 'member.reset', { userId: s.ids.users.organizer })).toBe(
      'forbidden',
    );
    await applied(s, organizer, 'member.reset', { userId: a.userId });
    expect((await s.app.inject({ url: '/api/me', headers: auth(token) })).statusCode).toBe(401);
    const rec = await memberAdmin(s, organizer, a.userId);
    expect(rec).toMatchObject({ activated: false, activationCode: expect.any(String) });
    expect(rec!.activationCode).not.toBe(a.code);
    expect((await activate(s, a.phone, a.code, 'second-password')).statusCode).toBe(401);
    expect(
      (await activate(s, a.phone, rec!.activationCode as string, 'second-password')).statusCode,
    ).toBe(200);
  });

  it('member.move: within the mover subtree; the moved member is reset and re-scoped', async () => {
    const a = await approved();
    const token = (await activate(s, a.phone, a.code, 'move-password')).json().token as string;
    const clientId = uuidv7();
    const first = await pullAll(s, token, clientId);
    expect(
      await outcome(s, organizer, 'member.move', { userId: a.userId, orgId: s.ids.branchB }),
    ).toBe('forbidden');
    await applied(s, organizer, 'member.move', { userId: a.userId, orgId: s.ids.groupA1 });
    // on PostgreSQL the session cache learns of the move by notification: wait for it (up to 2 s)
    expect((await pullUntilReset(s, token, clientId, first.last.cursor)).body.reset).toBe(true);
    await applied(s, admin, 'member.move', { userId: a.userId, orgId: s.ids.branchB });
    const me = await s.app.inject({ url: '/api/me', headers: auth(token) });
    expect(me.json().orgId).toBe(s.ids.branchB);
    // branch A's organizer no longer manages the account
    expect(await outcome(s, organizer, 'member.reset', { userId: a.userId })).toBe('not_found');
  });

  it('member.set_active: deactivation signs out and refuses sign-in; reactivation restores it', async () => {
    const a = await approved();
    const token = (await activate(s, a.phone, a.code, 'active-password')).json().token as string;
    await applied(s, organizer, 'member.set_active', { userId: a.userId, active: false });
    expect((await s.app.inject({ url: '/api/me', headers: auth(token) })).statusCode).toBe(401);
    const refused = await s.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: a.phone, password: 'active-password' },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('invalid_credentials');
    expect(await memberAdmin(s, organizer, a.userId)).toMatchObject({ disabled: true });
    await applied(s, organizer, 'member.set_active', { userId: a.userId, active: true });
    await s.login(a.phone, 'active-password');
  });

  it('member.roles: only roles and groups one holds, admin by admins only, never one own; the user is reset', async () => {
    const a = await approved();
    const token = (await activate(s, a.phone, a.code, 'roles-password')).json().token as string;
    const clientId = uuidv7();
    const first = await pullAll(s, token, clientId);
    const roles = (r: string[], g: string[] = []) => ({ userId: a.userId, roles: r, groups: g });
    await applied(s, organizer, 'member.roles', roles(['member', 'organizer']));
    expect((await pullUntilReset(s, token, clientId, first.last.cursor)).body.reset).toBe(true);
    expect(await outcome(s, organizer, 'member.roles', roles(['member', 'staff'], ['legal']))).toBe(
      'forbidden',
    );
    expect(await outcome(s, organizer, 'member.roles', roles(['member', 'admin']))).toBe(
      'forbidden',
    );
    expect(await outcome(s, organizer, 'member.roles', roles(['member', 'instructor']))).toBe(
      'forbidden',
    );
    expect(
      await outcome(s, organizer, 'member.roles', {
        userId: s.ids.users.organizer,
        roles: ['member'],
        groups: [],
      }),
    ).toBe('forbidden');
    expect(await outcome(s, member, 'member.roles', roles(['member']))).toBe('forbidden');
    expect(await outcome(s, admin, 'member.roles', roles(['member'], ['legal']))).toBe(
      'invalid_request',
    );
    await applied(s, admin, 'member.roles', roles(['member', 'staff'], ['legal']));
    expect(await memberAdmin(s, admin, a.userId)).toMatchObject({
      roles: ['member', 'staff'],
      groups: ['legal'],
    });
    const me = await s.app.inject({ url: '/api/me', headers: auth(token) });
    expect(me.json()).toMatchObject({ roles: ['member', 'staff'], groups: ['legal'] });
  });

  it('member.standing: an organizer above sets it, for a member', async () => {
    const a = await approved('probationary');
    expect(
      await outcome(s, member, 'member.standing', { userId: a.userId, standing: 'full' }),
    ).toBe('forbidden');
    await applied(s, organizer, 'member.standing', { userId: a.userId, standing: 'full' });
    expect(await memberAdmin(s, organizer, a.userId)).toMatchObject({ standing: 'full' });
    const act = await approved('none');
    expect(
      await outcome(s, organizer, 'member.standing', { userId: act.userId, standing: 'full' }),
    ).toBe('invalid_request');
  });

  it('account.create: staff, instructors and organizers by hand, with the giver rules', async () => {
    const args = (roles: string[], extra: Record<string, unknown> = {}) => ({
      id: uuidv7(),
      orgId: s.ids.branchA,
      name: '新账号',
      phone: freshPhone(),
      roles,
      groups: [],
      ...extra,
    });
    const org = args(['organizer', 'member']);
    await applied(s, organizer, 'account.create', org);
    const rec = await memberAdmin(s, organizer, org.id);
    expect(rec).toMatchObject({
      roles: ['organizer', 'member'],
      standing: 'full',
      activated: false,
    });
    expect(await outcome(s, organizer, 'account.create', args(['staff']))).toBe('forbidden');
    expect(await outcome(s, organizer, 'account.create', args(['admin']))).toBe('forbidden');
    expect(
      await outcome(s, organizer, 'account.create', args(['member'], { orgId: s.ids.branchB })),
    ).toBe('forbidden');
    expect(await outcome(s, member, 'account.create', args(['member']))).toBe('forbidden');
    expect(await outcome(s, admin, 'account.create', args(['staff'], { phone: '123' }))).toBe(
      'invalid_request',
    );
    expect(await outcome(s, admin, 'account.create', args(['staff'], { phone: org.phone }))).toBe(
      'conflict',
    );
    const staff = args(['staff'], { orgId: s.ids.park, groups: ['finance'] });
    await applied(s, admin, 'account.create', staff);
    // the same create again changes nothing
    await applied(s, admin, 'account.create', staff);
    expect(await memberAdmin(s, admin, staff.id)).toMatchObject({
      groups: ['finance'],
      standing: null,
    });
  });

  it('POST /api/auth/password: the current password is checked and other sessions end', async () => {
    const a = await approved();
    const t1 = (await activate(s, a.phone, a.code, 'pass-word-one')).json().token as string;
    const t2 = await s.login(a.phone, 'pass-word-one');
    const wrong = await s.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: auth(t1),
      payload: { current: 'not-it-at-all', next: 'pass-word-two' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    const ok = await s.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: auth(t1),
      payload: { current: 'pass-word-one', next: 'pass-word-two' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await s.app.inject({ url: '/api/me', headers: auth(t1) })).statusCode).toBe(200);
    expect((await s.app.inject({ url: '/api/me', headers: auth(t2) })).statusCode).toBe(401);
    await s.login(a.phone, 'pass-word-two');
    const anon = await s.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { current: 'x', next: 'pass-word-three' },
    });
    expect(anon.statusCode).toBe(401);
  });

  it('every account change is in the audit log, with no code or password in it', async () => {
    const rows = await s.db.query<{ action: string; before: unknown; after: unknown }>(
      'SELECT action, before, after FROM audit_log',
    );
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'invite.create',
      'join',
      'join.decide',
      'activate',
      'member.reset',
      'member.move',
      'member.set_active',
      'member.roles',
      'member.standing',
      'account.create',
      'password',
    ])
      expect(actions.has(a), a).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/activationCode|password_hash|scrypt/);
  });
});
