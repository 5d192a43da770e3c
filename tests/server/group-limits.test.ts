import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { activate, applied, freshPhone, memberAdmin, outcome, pulled } from './org-helpers.ts';

// Service groups' time limits (限时办结): set through push, published in the group's record.
describe('group.save: time limits of service groups', () => {
  let s: TestServer;
  let admin: string;
  let organizer: string;
  let member: string;

  beforeAll(async () => {
    s = await startServer();
    admin = await s.login('admin');
    organizer = await s.login('organizer');
    member = await s.login('member');
  }, 600_000);
  afterAll(() => s?.close());

  const groupRecord = async (token: string, key: string) =>
    [...(await pulled(s, token, 'service_group')).values()].find((g) => g.key === key);

  it('the demo gives every group a limit, which every signed-in user pulls', async () => {
    expect((await groupRecord(member, 'legal'))?.timeLimit).toEqual({
      unit: 'workdays',
      amount: 5,
    });
    expect((await groupRecord(member, 'property'))?.timeLimit).toEqual({
      unit: 'hours',
      amount: 48,
    });
  });

  it('an admin sets and clears a limit; the record and the audit log follow', async () => {
    await applied(s, admin, 'group.save', {
      key: 'finance',
      timeLimit: { unit: 'hours', amount: 36 },
    });
    expect((await groupRecord(member, 'finance'))?.timeLimit).toEqual({
      unit: 'hours',
      amount: 36,
    });
    await applied(s, admin, 'group.save', { key: 'finance', timeLimit: null });
    expect((await groupRecord(member, 'finance'))?.timeLimit).toBeNull();
    const audit = await s.db.query<{ after: unknown }>(
      `SELECT after FROM audit_log WHERE action = 'group.save' AND target_id = 'finance' ORDER BY id`,
    );
    expect(audit.map((a) => a.after)).toEqual([
      { timeLimit: { unit: 'hours', amount: 36 } },
      { timeLimit: null },
    ]);
  });

  it("an organizer who is staff of the group sets its limit, and no other group's", async () => {
    const id = uuidv7();
    const phone = freshPhone();
    await applied(s, admin, 'account.create', {
      id,
      orgId: s.ids.park,
      name: '法律服务组组长',
      phone,
      roles: ['organizer', 'staff'],
      groups: ['legal'],
    });
    const code = (await memberAdmin(s, admin, id))!.activationCode as string;
    const lead = (await activate(s, phone, code, 'limit-password')).json().token as string;
    await applied(s, lead, 'group.save', {
      key: 'legal',
      timeLimit: { unit: 'workdays', amount: 2 },
    });
    expect((await groupRecord(member, 'legal'))?.timeLimit).toEqual({
      unit: 'workdays',
      amount: 2,
    });
    const args = { key: 'talent', timeLimit: { unit: 'workdays', amount: 9 } };
    expect(await outcome(s, lead, 'group.save', args)).toBe('forbidden');
    expect(await outcome(s, organizer, 'group.save', args)).toBe('forbidden');
    expect(await outcome(s, member, 'group.save', args)).toBe('forbidden');
    // out of range: refused by the schema both ends share
    expect(
      await outcome(s, admin, 'group.save', {
        key: 'talent',
        timeLimit: { unit: 'workdays', amount: 61 },
      }),
    ).toBe('invalid_request');
  });
});
