import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { dataOf, pullAll } from './sync-helpers.ts';
import { pushOne } from './events-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { SERVICE_GROUPS } from '../../src/shared/groups.ts';
import type { ServiceGroupRecord } from '../../src/shared/records.ts';

describe('service groups as records: who handles each, and how long it usually takes', () => {
  let s: TestServer;
  const t: Record<string, string> = {};

  beforeAll(async () => {
    s = await startServer();
    for (const l of ['member', 'outsider', 'staff', 'admin']) t[l] = await s.login(l);
  });
  afterAll(() => s.close());

  const groupsFor = async (login: string, cursor?: string) => {
    const res = await pullAll(s, t[login]!, uuidv7(), cursor);
    const groups = new Map(
      res.changes
        .filter((c) => c.type === 'service_group' && c.op === 'put')
        .map((c) => {
          const g = dataOf<ServiceGroupRecord>(c)!;
          return [g.key, g] as const;
        }),
    );
    return { groups, cursor: res.last.cursor };
  };

  it('every signed-in user, of any org, receives all seven with their staff', async () => {
    for (const login of ['member', 'outsider', 'staff', 'admin']) {
      const { groups } = await groupsFor(login);
      expect([...groups.keys()].sort(), login).toEqual([...SERVICE_GROUPS].sort());
      expect(groups.get('legal')!.staff).toContainEqual({ id: s.ids.users.staff, name: '周律师' });
      // the demo staffs every group
      for (const g of groups.values()) expect(g.staff.length, g.key).toBeGreaterThan(0);
    }
  });

  it('publishes the median time to be taken on when a request is accepted', async () => {
    const { cursor } = await groupsFor('member');
    const filed: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = uuidv7();
      filed.push(id);
      const r = await pushOne(s, t.member!, 'request.create', {
        id,
        category: 'legal',
        title: `合同审查 ${i}`,
        body: '请帮忙看一份劳动合同。',
      });
      expect(r.status).toBe('applied');
    }
    // Filed 2, 4 and 6 hours ago, taken on now: the median wait is 4 hours (older seeded
    // requests of the group may join the sample, so only the field's presence and the
    // direction are checked beyond the three here).
    for (const [i, id] of filed.entries()) {
      await s.db.query(`UPDATE requests SET created_at = now() - $2::interval WHERE id = $1`, [
        id,
        `${2 * (i + 1)} hours`,
      ]);
      const r = await pushOne(s, t.staff!, 'request.transition', { requestId: id, to: 'accepted' });
      expect(r.status).toBe('applied');
    }
    const { groups } = await groupsFor('member', cursor);
    const legal = groups.get('legal')!;
    expect(legal.sample).toBeGreaterThanOrEqual(3);
    expect(legal.typicalHours).not.toBeNull();
    expect(legal.typicalHours!).toBeGreaterThan(0);
    // Groups nobody touched were not sent again.
    expect(groups.has('finance')).toBe(false);
  });

  it('a change of staff (roles, deactivation) is published with the group', async () => {
    const staff = { id: s.ids.users.staff, name: '周律师' };
    const { cursor } = await groupsFor('outsider');
    expect(
      await pushOne(s, t.admin!, 'member.roles', {
        userId: staff.id,
        roles: ['staff'],
        groups: ['legal', 'talent', 'finance'],
      }),
    ).toMatchObject({ status: 'applied' });
    const after = await groupsFor('outsider', cursor);
    expect(after.groups.get('finance')!.staff).toContainEqual(staff);
    expect(
      await pushOne(s, t.admin!, 'member.set_active', { userId: staff.id, active: false }),
    ).toMatchObject({ status: 'applied' });
    const { groups } = await groupsFor('outsider', after.cursor);
    for (const key of ['legal', 'talent', 'finance']) {
      expect(groups.get(key)!.staff, key).not.toContainEqual(staff);
    }
  });
});
