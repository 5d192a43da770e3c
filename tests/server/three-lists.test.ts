import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';
import { pullAll, push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import { quarterOf } from '../../src/shared/lists/rules.ts';
import type { ListItemRecord, ListPublicationRecord } from '../../src/shared/lists/records.ts';

/**
 * The three lists of a park (docs/organisation.md, "The three lists"): the demo's published
 * lists reach the park's members, drafts reach only the park's organizers and the departments
 * concerned, and a need goes from open to claimed, in progress and closed, matched with a resource.
 */
describe('the three lists', () => {
  let s: TestServer;
  let admin: string;
  let lawyer: string;
  let member: string;
  const quarter = quarterOf(new Date());
  let seq = 0;
  const client = uuidv7();
  const lawyerClient = uuidv7();
  let lawyerSeq = 0;

  beforeAll(async () => {
    s = await startServer();
    admin = await s.login('admin');
    lawyer = await s.login('staff');
    member = await s.login('member');
  });
  afterAll(() => s?.close());

  const asAdmin = async (name: string, args: unknown) =>
    (await push(s, admin, client, [{ seq: ++seq, name, args }])).body.results[0];
  const asLawyer = async (name: string, args: unknown) =>
    (await push(s, lawyer, lawyerClient, [{ seq: ++lawyerSeq, name, args }])).body.results[0];
  const records = async <T>(token: string, type: string) =>
    (await pullAll(s, token, uuidv7())).changes
      .filter((c) => c.type === type && c.op === 'put')
      .map((c) => (c as { data: T }).data);

  it('the demo publishes the current quarter of the first park, which its members pull', async () => {
    const [p] = await records<ListPublicationRecord>(member, 'list_publication');
    expect(p).toMatchObject({ orgId: s.ids.park, quarter });
    expect(p!.needs.length).toBeGreaterThan(0);
    expect(p!.resources.length).toBeGreaterThan(0);
    expect(p!.activities.length).toBeGreaterThan(0);
    expect(p!.needs.some((n) => n.status === 'in_progress' && n.resourceTitle)).toBe(true);
    // members read the published snapshot, never the working items
    expect(await records(member, 'list_item')).toEqual([]);
  });

  it('a need goes from open to closed through its department, matched with a resource', async () => {
    const need = uuidv7();
    const resource = uuidv7();
    const base = { orgId: s.ids.park, quarter, description: '' };
    expect(
      await asAdmin('list_item.save', {
        ...base,
        id: need,
        kind: 'need',
        title: '商标注册咨询',
        category: 'legal',
      }),
    ).toMatchObject({ status: 'applied' });
    expect(
      await asLawyer('list_item.save', {
        ...base,
        id: resource,
        kind: 'resource',
        title: '知识产权公益咨询',
        category: 'legal',
        provider: '星火律师事务所',
      }),
    ).toMatchObject({ status: 'applied' });
    expect(
      await asLawyer('need.update', { needId: need, to: 'closed', note: '已处理' }),
    ).toMatchObject({
      status: 'rejected',
      code: 'invalid_transition',
    });
    expect(await asLawyer('need.claim', { needId: need })).toMatchObject({ status: 'applied' });
    expect(await asLawyer('need.match', { needId: need, resourceId: resource })).toMatchObject({
      status: 'applied',
    });
    expect(await asLawyer('need.update', { needId: need, to: 'in_progress' })).toMatchObject({
      status: 'applied',
    });
    expect(await asLawyer('need.update', { needId: need, to: 'closed' })).toMatchObject({
      status: 'rejected',
      code: 'invalid_request',
    });
    expect(
      await asLawyer('need.update', { needId: need, to: 'closed', note: '已协助提交商标申请' }),
    ).toMatchObject({ status: 'applied' });

    const mine = await records<ListItemRecord>(lawyer, 'list_item');
    expect(mine.find((i) => i.id === need)).toMatchObject({
      status: 'closed',
      claimedGroup: 'legal',
      resourceId: resource,
      notes: [
        expect.objectContaining({ status: 'claimed' }),
        expect.objectContaining({ status: 'in_progress' }),
        expect.objectContaining({ status: 'closed', text: '已协助提交商标申请' }),
      ],
    });
    // the legal department sees no activity, nor the finance department's resources
    expect(mine.some((i) => i.kind === 'activity' || i.category === 'finance')).toBe(false);

    // publishing again puts the closed need in the members' snapshot, under the same record
    const before = (await records<ListPublicationRecord>(member, 'list_publication'))[0]!;
    expect(await asAdmin('lists.publish', { orgId: s.ids.park, quarter })).toMatchObject({
      status: 'applied',
    });
    const after = await records<ListPublicationRecord>(member, 'list_publication');
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before.id);
    expect(after[0]!.needs.find((n) => n.id === need)).toMatchObject({
      status: 'closed',
      resourceTitle: '知识产权公益咨询',
    });
  });

  it('removing a resource undoes its matches', async () => {
    const need = uuidv7();
    const resource = uuidv7();
    const base = { orgId: s.ids.park, quarter, description: '' };
    await asAdmin('list_item.save', {
      ...base,
      id: need,
      kind: 'need',
      title: '合同审查',
      category: 'legal',
    });
    await asAdmin('list_item.save', {
      ...base,
      id: resource,
      kind: 'resource',
      title: '法律顾问',
      category: 'legal',
    });
    await asAdmin('need.match', { needId: need, resourceId: resource });
    expect(await asLawyer('list_item.remove', { itemId: resource })).toMatchObject({
      status: 'applied',
    });
    const items = await records<ListItemRecord>(admin, 'list_item');
    expect(items.find((i) => i.id === resource)).toBeUndefined();
    expect(items.find((i) => i.id === need)?.resourceId).toBeNull();
  });
});
