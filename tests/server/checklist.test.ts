import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { pullAll, push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { lastMonth } from '../../src/shared/checklist/period.ts';
import { DEFAULT_GOALS } from '../../src/shared/checklist/template.ts';

/**
 * The responsibility checklist (docs/organisation.md): the demo's template and last month's
 * entries reach the organizer; an entry replaces the last one; the district's own template decides
 * which indicators a branch may enter; members never receive the entries.
 */
describe('responsibility checklist', () => {
  let s: TestServer;
  let organizer: string;
  let admin: string;
  beforeAll(async () => {
    s = await startServer();
    [organizer, admin] = await Promise.all([s.login('organizer'), s.login('admin')]);
  });
  afterAll(() => s?.close());

  const period = lastMonth(Date.now());
  const assess = (token: string, indicatorId: string, value: number | null, seq = 1) =>
    push(s, token, uuidv7(), [
      {
        seq,
        name: 'checklist.assess',
        args: { orgId: s.ids.branchA, period, indicatorId, value, evidence: '记录' },
      },
    ]);

  it('the organizer pulls the template and branch A’s entries; a member pulls no entry', async () => {
    const { changes } = await pullAll(s, organizer, uuidv7());
    expect(changes.filter((c) => c.type === 'checklist_template')).toHaveLength(1);
    expect(changes.filter((c) => c.type === 'checklist_assessment')).toHaveLength(11);
    const member = await s.login('member');
    const seen = await pullAll(s, member, uuidv7());
    expect(seen.changes.filter((c) => c.type === 'checklist_assessment')).toEqual([]);
  });

  it('an entry for the same branch, period and indicator replaces the last one', async () => {
    expect((await assess(organizer, 'g1r2i3', 3)).body.results[0]?.status).toBe('applied');
    expect((await assess(organizer, 'g1r2i3', 6)).body.results[0]?.status).toBe('applied');
    const rows = await s.db.query<{ value: number }>(
      `SELECT value FROM checklist_assessments WHERE org_id = $1 AND period = $2 AND indicator_id = 'g1r2i3'`,
      [s.ids.branchA, period],
    );
    expect(rows).toEqual([{ value: 6 }]);
  });

  it('the district’s own template decides what a branch enters', async () => {
    const goals = structuredClone(DEFAULT_GOALS);
    // the admin takes "heart-to-heart talks" out of the checklist
    goals[0]!.responsibilities[1]!.indicators.splice(2, 1);
    const saved = await push(s, admin, uuidv7(), [
      { seq: 1, name: 'checklist.save', args: { orgId: s.ids.district, goals } },
    ]);
    expect(saved.body.results[0]?.status).toBe('applied');
    const r = await assess(organizer, 'g1r2i3', 2);
    expect(r.body.results[0]).toMatchObject({ status: 'rejected', code: 'invalid_request' });
    // a key used twice is refused
    const twice = structuredClone(DEFAULT_GOALS);
    twice[1]!.id = 'g1';
    const bad = await push(s, admin, uuidv7(), [
      { seq: 1, name: 'checklist.save', args: { orgId: s.ids.district, goals: twice } },
    ]);
    expect(bad.body.results[0]).toMatchObject({ status: 'rejected', code: 'invalid_request' });
  });
});
