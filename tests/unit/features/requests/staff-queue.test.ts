import { describe, expect, it } from 'vitest';
import { staffQueue, type QueueItem } from '../../../../src/features/requests/staff-queue.ts';

const item = (id: string, o: Partial<QueueItem>): QueueItem => ({
  id,
  category: 'legal',
  status: 'submitted',
  createdAt: '2025-03-01T00:00:00Z',
  updatedAt: '2025-03-01T00:00:00Z',
  ...o,
});

const all = [
  item('old-new', { createdAt: '2025-03-01T00:00:00Z', updatedAt: '2025-03-01T00:00:00Z' }),
  item('fresh', { createdAt: '2025-03-05T00:00:00Z', updatedAt: '2025-03-05T00:00:00Z' }),
  item('in-hand', {
    status: 'accepted',
    createdAt: '2025-02-20T00:00:00Z',
    updatedAt: '2025-02-21T00:00:00Z',
  }),
  item('done', { status: 'resolved', createdAt: '2025-02-10T00:00:00Z' }),
  item('other-group', { category: 'finance', createdAt: '2025-03-06T00:00:00Z' }),
];

describe('staff queue', () => {
  it('shows only the groups of the staff user, with counts per status', () => {
    const { counts } = staffQueue(all, ['legal', 'talent'], 'open', 'newest');
    expect(counts).toMatchObject({ submitted: 2, accepted: 1, resolved: 1, open: 3 });
  });

  it('newest first', () => {
    const { items } = staffQueue(all, ['legal'], 'open', 'newest');
    expect(items.map((i) => i.id)).toEqual(['fresh', 'old-new', 'in-hand']);
  });

  it('oldest waiting first: untaken requests first, the longest waiting at the top', () => {
    const { items } = staffQueue(all, ['legal'], 'open', 'oldest_waiting');
    expect(items.map((i) => i.id)).toEqual(['old-new', 'fresh', 'in-hand']);
  });

  it('filters by one status', () => {
    expect(staffQueue(all, ['legal'], 'resolved', 'newest').items.map((i) => i.id)).toEqual([
      'done',
    ]);
  });
});
