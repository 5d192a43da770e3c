import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { applied, outcome, pulled } from './org-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { addMonths, chinaDate, dateToIso } from '../../src/shared/recruitment/dates.ts';

/**
 * Recruitment on the real server: a candidate from application to full membership, the server
 * deciding what the phone's check let through, the candidate's own view of their stage, and the
 * audit row each delivery of candidates writes.
 */
const today = chinaDate(new Date());
const ago = (months: number) => dateToIso(addMonths(today, -months));

describe('recruitment', () => {
  let s: TestServer;
  let organizer: string;
  let member: string;
  beforeAll(async () => {
    s = await startServer();
    organizer = await s.login('organizer');
    member = await s.login('member');
  });
  afterAll(() => s?.close());

  it('takes a candidate to full membership, refusing each step that breaks a rule', async () => {
    const { member: m1, member2: m2 } = s.ids.users;
    const id = uuidv7();
    const create = { id, orgId: s.ids.branchA, name: '测试申请人', appliedAt: ago(40) };
    await applied(s, organizer, 'candidate.create', create);
    // the same create again changes nothing
    await applied(s, organizer, 'candidate.create', create);
    const go = (to: string, at: string, extra: Record<string, unknown> = {}) =>
      outcome(s, organizer, 'candidate.advance', { candidateId: id, to, at, ...extra });
    const step = (kind: string, at: string) =>
      outcome(s, organizer, 'candidate.step', { id: uuidv7(), candidateId: id, kind, at });

    expect(await step('talk', ago(39))).toBe('applied');
    expect(await go('target', ago(38))).toBe('invalid_transition');
    expect(await go('activist', ago(41))).toBe('too_early');
    expect(await go('activist', dateToIso(addMonths(today, 1)))).toBe('invalid_request');
    expect(await go('activist', ago(38), { contacts: [m2] })).toBe('applied');
    // a resend of the same step (a new clientId after a restore) changes nothing
    expect(await go('activist', ago(38), { contacts: [m2] })).toBe('applied');
    expect(await step('review', ago(32))).toBe('applied');
    expect(await step('training', ago(32))).toBe('invalid_transition');
    expect(await go('target', ago(27))).toBe('too_early');
    expect(await go('target', ago(25), { contacts: [s.ids.users.staff] })).toBe('invalid_contacts');
    expect(await go('target', ago(25))).toBe('applied');
    expect(await go('probationary', ago(24), { introducers: [m2] })).toBe('invalid_introducers');
    expect(await go('probationary', ago(24), { introducers: [m2, s.ids.users.staff] })).toBe(
      'invalid_introducers',
    );
    expect(await go('probationary', ago(24), { introducers: [m1, m2] })).toBe('applied');
    expect(await go('full', ago(13))).toBe('too_early');
    expect(await go('full', ago(0))).toBe('applied');
    expect(await go('activist', ago(0))).toBe('invalid_transition');

    const c = (await pulled(s, organizer, 'candidate')).get(id)!;
    expect(c).toMatchObject({
      stage: 'full',
      appliedAt: chinaDate(ago(40)),
      activistAt: chinaDate(ago(38)),
      targetAt: chinaDate(ago(25)),
      probationaryAt: chinaDate(ago(24)),
      fullAt: today,
      contacts: [m2],
      introducers: [m1, m2],
    });
    expect((c.history as unknown[]).length).toBe(4);
    expect((c.steps as { kind: string }[]).map((x) => x.kind)).toEqual(['talk', 'review']);
  });

  it('shows a linked candidate their own stage only, and members no candidate', async () => {
    const [row] = await s.db.query<{ phone: string }>('SELECT phone FROM users WHERE id = $1', [
      s.ids.users.member,
    ]);
    const id = uuidv7();
    await applied(s, organizer, 'candidate.create', {
      id,
      orgId: s.ids.branchA,
      name: '陈晓创',
      appliedAt: ago(2),
      phone: row!.phone,
    });
    expect((await pulled(s, member, 'candidate')).size).toBe(0);
    const mine = await pulled(s, member, 'candidate_stage');
    expect([...mine.values()]).toEqual([
      expect.objectContaining({ id, userId: s.ids.users.member, stage: 'applicant' }),
    ]);
    expect(Object.keys(mine.get(id)!).sort()).toEqual(
      ['createdAt', 'id', 'stage', 'updatedAt', 'userId'].sort(),
    );
    const outsider = await s.login('outsider');
    expect((await pulled(s, outsider, 'candidate_stage')).size).toBe(0);
    expect((await pulled(s, outsider, 'candidate')).size).toBe(0);
  });

  it('writes an audit row each time candidates are delivered to a device', async () => {
    const count = async () =>
      (
        await s.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log WHERE action = 'candidate.read' AND actor_id = $1`,
          [s.ids.users.organizer],
        )
      )[0]!.n;
    const before = await count();
    const got = await pulled(s, organizer, 'candidate');
    expect(got.size).toBeGreaterThan(0);
    expect(await count()).toBe(before + 1);
    // a member's pull carries no candidate and writes nothing
    const all = async () =>
      (
        await s.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log WHERE action = 'candidate.read'`,
        )
      )[0]!.n;
    const n = await all();
    await pulled(s, member, 'candidate');
    expect(await all()).toBe(n);
  });
});
