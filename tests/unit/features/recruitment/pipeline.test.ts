import { describe, expect, it } from 'vitest';
import { candidatesCsv } from '../../../../src/features/recruitment/csv.ts';
import { monthRows } from '../../../../src/features/recruitment/months.ts';
import type { CandidateRecord } from '../../../../src/shared/recruitment/records.ts';

const candidate = (over: Partial<CandidateRecord>): CandidateRecord => ({
  id: 'c1',
  orgId: 'b1',
  name: '申请人',
  phone: null,
  userId: null,
  stage: 'applicant',
  appliedAt: '2026-05-20',
  activistAt: null,
  targetAt: null,
  probationaryAt: null,
  fullAt: null,
  contacts: [],
  introducers: [],
  steps: [],
  history: [],
  createdAt: '2026-05-20T00:00:00Z',
  updatedAt: '2026-05-20T00:00:00Z',
  ...over,
});

describe('the pipeline by month', () => {
  it('counts applications, stages reached and steps in each of the last twelve months', () => {
    const rows = monthRows(
      [
        candidate({}),
        candidate({
          id: 'c2',
          stage: 'activist',
          appliedAt: '2025-01-05',
          activistAt: '2026-05-02',
          history: [{ to: 'activist', at: '2026-05-02', note: null, by: 'o' }],
          steps: [{ id: 's', kind: 'review', at: '2026-06-01', note: null, by: 'o' }],
        }),
      ],
      '2026-06-15',
    );
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ month: '2026-06', applied: 0, reached: {}, steps: 1 });
    expect(rows[1]).toEqual({ month: '2026-05', applied: 1, reached: { activist: 1 }, steps: 0 });
    expect(rows.at(-1)?.month).toBe('2025-07');
  });
});

describe('the export', () => {
  it('writes UTF-8 with BOM, quotes every cell and defuses formulas', () => {
    const csv = candidatesCsv(
      [candidate({ name: '=HYPERLINK("x")', phone: '13800000000' })],
      'name,phone,stage,appliedAt,activistAt,targetAt,probationaryAt,fullAt,next,date,status',
      { stage: (s) => s, due: (k) => k, status: (s) => s },
      '2026-05-25',
    );
    expect(csv.startsWith('\ufeffname,phone')).toBe(true);
    const line = csv.split('\r\n')[1]!;
    expect(line.startsWith(`"'=HYPERLINK(""x"")","13800000000","applicant","2026-05-20"`)).toBe(
      true,
    );
    expect(line.endsWith('"talk","2026-06-20","upcoming"')).toBe(true);
  });
});
