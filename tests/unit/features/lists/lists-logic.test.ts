import { describe, expect, it } from 'vitest';
import {
  mayClaim,
  mayMoveNeed,
  quarterOf,
  quarterRange,
  shiftQuarter,
} from '../../../../src/shared/lists/rules.ts';
import { device, newId } from '../../sync/helpers.ts';
import { FakeServer } from '../../sync/fake-server.ts';

const PARK = '00000000-0000-7000-8000-000000000001';

describe('three lists: shared rules', () => {
  it('counts quarters in China Standard Time', () => {
    // 16:30 UTC on 31 March is already 1 April in China
    expect(quarterOf('2026-03-31T16:30:00Z')).toBe('2026Q2');
    expect(quarterOf('2026-03-31T15:59:00Z')).toBe('2026Q1');
    expect(quarterRange('2026Q4')).toEqual({
      start: new Date('2026-09-30T16:00:00Z'),
      end: new Date('2026-12-31T16:00:00Z'),
    });
    expect(quarterRange('2026Q5')).toBeNull();
    expect(shiftQuarter('2026Q4', 1)).toBe('2027Q1');
    expect(shiftQuarter('2026Q1', -1)).toBe('2025Q4');
  });

  it('lets the department claim, work and close a need; the organizer also closes open ones', () => {
    const staff = { organizer: false, groupStaff: true };
    const organizer = { organizer: true, groupStaff: false };
    const nobody = { organizer: false, groupStaff: false };
    expect(mayClaim('open', staff)).toBe(true);
    expect(mayClaim('open', organizer)).toBe(false);
    expect(mayClaim('claimed', staff)).toBe(false);
    expect(mayMoveNeed('claimed', 'in_progress', staff)).toBe(true);
    expect(mayMoveNeed('open', 'in_progress', staff)).toBe(false);
    expect(mayMoveNeed('in_progress', 'closed', staff)).toBe(true);
    expect(mayMoveNeed('open', 'closed', staff)).toBe(false);
    expect(mayMoveNeed('open', 'closed', organizer)).toBe(true);
    expect(mayMoveNeed('closed', 'open', staff)).toBe(false);
    expect(mayMoveNeed('closed', 'open', organizer)).toBe(true);
    expect(mayMoveNeed('claimed', 'closed', nobody)).toBe(false);
  });
});

describe('three lists: optimistic writes', () => {
  it('shows a need claimed, worked and matched at once, and a publication of what the phone holds', async () => {
    const server = new FakeServer();
    server.addUser('lawyer', { roles: ['staff', 'organizer'], groups: ['legal'] });
    const phone = device(server);
    await phone.signIn('lawyer');
    const quarter = quarterOf(new Date());
    const need = newId();
    const resource = newId();
    const base = { orgId: PARK, quarter, description: '' };
    await phone.mutate('list_item.save', {
      ...base,
      id: need,
      kind: 'need',
      title: '合同审查',
      category: 'legal',
    });
    await phone.mutate('list_item.save', {
      ...base,
      id: resource,
      kind: 'resource',
      title: '公益法律体检',
      category: 'legal',
      provider: '律所',
    });
    await phone.mutate('need.update', { needId: need, to: 'in_progress' }); // not claimed yet
    expect((await phone.db.listItems.get(need))?.status).toBe('open');
    await phone.mutate('need.claim', { needId: need });
    await phone.mutate('need.match', { needId: need, resourceId: resource });
    await phone.mutate('need.update', { needId: need, to: 'closed' }); // no note: refused
    await phone.mutate('need.update', { needId: need, to: 'closed', note: '已出具意见' });
    expect(await phone.db.listItems.get(need)).toMatchObject({
      status: 'closed',
      claimedGroup: 'legal',
      resourceId: resource,
      pending: true,
      notes: [
        expect.objectContaining({ status: 'claimed' }),
        expect.objectContaining({ status: 'closed', text: '已出具意见' }),
      ],
    });
    await phone.mutate('lists.publish', { orgId: PARK, quarter });
    const [p] = await phone.db.listPublications.toArray();
    expect(p).toMatchObject({
      orgId: PARK,
      quarter,
      needs: [expect.objectContaining({ id: need, resourceTitle: '公益法律体检' })],
      resources: [expect.objectContaining({ id: resource, provider: '律所' })],
      activities: [],
    });
    await phone.mutate('list_item.remove', { itemId: resource });
    expect(await phone.db.listItems.get(resource)).toBeUndefined();
    expect((await phone.db.listItems.get(need))?.resourceId).toBeNull();
  });
});
