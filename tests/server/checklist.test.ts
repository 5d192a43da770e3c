import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer, jpegBase64 as jpeg } from './helpers.ts';
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

  it('evidence photos are added and removed by id, at most three, read by organizers above only', async () => {
    const photo = () => ({ id: uuidv7(), mime: 'image/jpeg', data: jpeg() });
    const one = photo();
    const two = photo();
    const withPhotos = (extra: Record<string, unknown>) =>
      push(s, organizer, uuidv7(), [
        {
          seq: 1,
          name: 'checklist.assess',
          args: {
            orgId: s.ids.branchA,
            period,
            indicatorId: 'g1r2i3',
            value: 6,
            evidence: '记录',
            ...extra,
          },
        },
      ]);
    // the value and text are unchanged: the photos alone make the change
    expect((await withPhotos({ photos: [one, two] })).body.results[0]?.status).toBe('applied');
    const entry = async () => {
      const { changes } = await pullAll(s, organizer, uuidv7());
      const c = changes.find(
        (x) =>
          x.type === 'checklist_assessment' &&
          x.op === 'put' &&
          (x.data as { indicatorId: string }).indicatorId === 'g1r2i3' &&
          (x.data as { period: string }).period === period,
      );
      if (c?.op !== 'put') throw new Error('no entry');
      return c.data as { id: string; photos: { id: string; url: string }[] };
    };
    const first = await entry();
    expect(first.photos.map((p) => p.id)).toEqual([one.id, two.id]);
    const get = (token: string, url: string) =>
      s.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    const res = await get(admin, first.photos[0]!.url);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(Buffer.from(one.data, 'base64'))).toBe(true);
    expect((await get(await s.login('member'), first.photos[0]!.url)).statusCode).toBe(404);
    // two more would make four
    const over = await withPhotos({ photos: [photo(), photo()] });
    expect(over.body.results[0]).toMatchObject({ status: 'rejected', code: 'invalid_request' });
    // one out, one in
    const three = photo();
    expect(
      (await withPhotos({ photos: [three], dropPhotos: [one.id] })).body.results[0]?.status,
    ).toBe('applied');
    expect((await entry()).photos.map((p) => p.id)).toEqual([two.id, three.id]);
    expect((await get(organizer, first.photos[0]!.url)).statusCode).toBe(404);
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
