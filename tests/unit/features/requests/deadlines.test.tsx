import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { overdueByGroup, requestDeadlines } from '../../../../src/features/requests/deadlines.ts';
import { RequestList } from '../../../../src/features/requests/request-list.tsx';
import type { RequestRecord, ServiceGroupRecord } from '../../../../src/shared/records.ts';
import { renderAt, useFreshDevice } from '../../app/setup-app.tsx';

const request = (id: string, category: string, createdAt: string, status = 'submitted') =>
  ({
    id,
    userId: 'u1',
    requesterName: '陈晓创',
    orgId: 'o1',
    category,
    title: `请求 ${id}`,
    body: '正文',
    status,
    venueBooking: null,
    photos: [],
    assigneeId: null,
    rating: null,
    acceptedAt: null,
    resolvedAt: null,
    createdAt,
    updatedAt: createdAt,
  }) as RequestRecord;

const group = (
  key: string,
  timeLimit: ServiceGroupRecord['timeLimit'],
): [string, ServiceGroupRecord] => [
  key,
  { id: key, key, staff: [], typicalHours: null, sample: 0, timeLimit, updatedAt: '' },
];

const groups = new Map<string, ServiceGroupRecord>([
  group('legal', { unit: 'hours', amount: 24 }),
  group('talent', { unit: 'workdays', amount: 3 }),
  group('social', null),
]);
const now = new Date('2026-12-04T12:00:00Z');
const requests = [
  request('a', 'legal', '2026-12-02T12:00:00.000Z'), // due 12-03: overdue by a day
  request('b', 'legal', '2026-12-03T06:00:00.000Z'), // due 12-04 06:00: overdue by 6 hours
  request('c', 'legal', '2026-12-04T11:00:00.000Z'), // on time
  request('d', 'talent', '2026-11-27T02:00:00.000Z'), // Fri: due end of Wed 12-02, overdue
  request('e', 'social', '2026-11-01T02:00:00.000Z'), // no limit
  request('f', 'legal', '2026-11-01T02:00:00.000Z', 'cancelled'),
];

describe('overdue requests in the queues', () => {
  useFreshDevice();

  it('each request is measured against its own group, and only open ones are overdue', () => {
    const d = requestDeadlines(requests, groups, now);
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => d.get(id)!.state)).toEqual([
      'overdue',
      'overdue',
      'on_time',
      'overdue',
      'none',
      'none',
    ]);
    const byGroup = overdueByGroup(requests, d);
    expect([...byGroup.keys()].sort()).toEqual(['legal', 'talent']);
    // the longest overdue first
    expect(byGroup.get('legal')!.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('an overdue row says so in words and shows its due time; an on-time row only its due time', () => {
    const d = requestDeadlines(requests, groups, now);
    renderAt(<RequestList requests={requests.slice(0, 3)} deadlines={d} />);
    expect(screen.getAllByText('已超时')).toHaveLength(2);
    expect(screen.getAllByText(/限 .* 前办结/)).toHaveLength(3);
    const overdueLink = screen.getByText('请求 a').closest('a')!;
    expect(overdueLink.className).toContain('request-row--overdue');
    expect(screen.getByText('请求 c').closest('a')!.className).not.toContain('overdue');
  });
});
