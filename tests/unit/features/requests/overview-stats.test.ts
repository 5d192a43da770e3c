import { describe, expect, it } from 'vitest';
import {
  computeOverview,
  median,
  subtree,
  weekStart,
  type OverviewInput,
} from '../../../../src/features/requests/overview-stats.ts';

const req = (o: Partial<OverviewInput> & { createdAt: string }): OverviewInput => ({
  category: 'legal',
  status: 'submitted',
  acceptedAt: null,
  resolvedAt: null,
  rating: null,
  ...o,
});

describe('organizer overview', () => {
  it('median of odd and even counts, none for no values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('weeks start on Monday in China Standard Time', () => {
    // Sunday 2025-03-09 23:30 in Beijing is still that week; 16:30 UTC the same instant
    expect(weekStart('2025-03-09T15:30:00Z')).toBe('2025-03-03');
    // Sunday 17:00 UTC is already Monday 01:00 in Beijing
    expect(weekStart('2025-03-09T17:00:00Z')).toBe('2025-03-10');
  });

  it('counts per group and status, medians, rating and weekly series', () => {
    const now = new Date('2025-03-12T04:00:00Z'); // Wednesday
    const o = computeOverview(
      [
        req({
          createdAt: '2025-03-10T02:00:00Z',
          status: 'resolved',
          acceptedAt: '2025-03-10T04:00:00Z',
          resolvedAt: '2025-03-11T02:00:00Z',
          rating: { score: 5 },
        }),
        req({
          createdAt: '2025-03-04T02:00:00Z',
          category: 'talent',
          status: 'resolved',
          acceptedAt: '2025-03-04T08:00:00Z',
          resolvedAt: '2025-03-06T02:00:00Z',
          rating: { score: 2 },
        }),
        req({
          createdAt: '2025-03-11T02:00:00Z',
          category: 'talent',
          status: 'accepted',
          acceptedAt: '2025-03-11T03:00:00Z',
        }),
        req({ createdAt: '2025-01-01T02:00:00Z', status: 'cancelled' }), // before the chart's weeks
      ],
      now,
      4,
    );
    expect(o.total).toBe(4);
    expect(o.byStatus).toMatchObject({ resolved: 2, accepted: 1, cancelled: 1, submitted: 0 });
    expect(o.byGroup.find((g) => g.group === 'talent')).toMatchObject({
      total: 2,
      byStatus: { resolved: 1, accepted: 1 },
    });
    expect(o.byGroup.map((g) => g.group)).toHaveLength(7);
    expect(o.medianAcceptHours).toBe(2); // 1, 2, 6
    expect(o.medianResolveHours).toBe(36); // 24, 48
    expect(o.averageRating).toBe(3.5);
    expect(o.ratings).toBe(2);
    expect(o.weekly).toEqual([
      { weekStart: '2025-02-17', count: 0 },
      { weekStart: '2025-02-24', count: 0 },
      { weekStart: '2025-03-03', count: 1 },
      { weekStart: '2025-03-10', count: 2 },
    ]);
  });

  it('an empty org has no medians and no rating', () => {
    const o = computeOverview([], new Date(), 8);
    expect(o).toMatchObject({ total: 0, medianAcceptHours: null, averageRating: null });
    expect(o.weekly).toHaveLength(8);
  });

  it('subtree walks the synced org tree below a node', () => {
    const orgs = [
      { id: 'd', parentId: null },
      { id: 'p', parentId: 'd' },
      { id: 'a', parentId: 'p' },
      { id: 'b', parentId: 'p' },
      { id: 'a1', parentId: 'a' },
    ];
    expect(subtree(orgs, 'a')).toEqual(new Set(['a', 'a1']));
    expect(subtree(orgs, 'p')).toEqual(new Set(['p', 'a', 'b', 'a1']));
  });
});
