import { describe, expect, it } from 'vitest';
import { unstaffedOpen } from '../../../../src/features/requests/use-service-groups.ts';
import type { RequestRecord, ServiceGroupRecord } from '../../../../src/shared/records.ts';

const group = (key: string, staff: number): ServiceGroupRecord => ({
  id: `g-${key}`,
  key,
  staff: Array.from({ length: staff }, (_, i) => ({ id: `s${i}`, name: `员工${i}` })),
  typicalHours: null,
  sample: 0,
  updatedAt: '2026-12-01T00:00:00.000Z',
});
const request = (id: string, category: string, status: RequestRecord['status']) =>
  ({ id, category, status }) as RequestRecord;

describe('requests nobody can take', () => {
  it('are the open requests of groups without staff; closed ones and unknown groups are not', () => {
    const groups = new Map([
      ['finance', group('finance', 0)],
      ['legal', group('legal', 1)],
    ]);
    const stuck = unstaffedOpen(
      [
        request('a', 'finance', 'submitted'),
        request('b', 'finance', 'accepted'),
        request('c', 'finance', 'resolved'),
        request('d', 'legal', 'submitted'),
        request('e', 'social', 'submitted'), // not synced yet: not known to be unstaffed
      ],
      groups,
    );
    expect(stuck.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
