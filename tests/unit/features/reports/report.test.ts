import { describe, expect, it } from 'vitest';
import {
  buildReport,
  formatValue,
  type ReportSources,
} from '../../../../src/features/reports/report.ts';
import { DEFAULT_GOALS } from '../../../../src/shared/checklist/template.ts';

const cst = (s: string) => new Date(`${s}+08:00`).toISOString();
const NOW = Date.parse(cst('2026-12-01T10:00:00'));
const T = cst('2026-11-20T10:00:00');

const assessment = (indicatorId: string, period: string, value: number | null, evidence = '') => ({
  id: `${indicatorId}-${period}`,
  orgId: 'b1',
  period,
  indicatorId,
  value,
  evidence,
  userId: 'o',
  authorName: '书记',
  createdAt: T,
  updatedAt: T,
});

const sources: ReportSources = {
  orgs: [
    { id: 'd', parentId: null, name: '区', kind: 'district' },
    { id: 'b1', parentId: 'd', name: '一支部', kind: 'branch' },
    { id: 'g1', parentId: 'b1', name: '小组', kind: 'group' },
    { id: 'b2', parentId: 'd', name: '二支部', kind: 'branch' },
  ],
  users: [
    { id: 'a', orgId: 'b1', roles: ['member'] },
    { id: 'b', orgId: 'g1', roles: ['member', 'organizer'] },
    { id: 'c', orgId: 'b2', roles: ['member'] },
  ],
  events: [
    { id: 'e1', orgId: 'b1', startsAt: cst('2026-11-12T14:00:00'), status: 'scheduled' },
    { id: 'e2', orgId: 'b2', startsAt: cst('2026-11-12T14:00:00'), status: 'scheduled' },
  ],
  checkins: [
    { eventId: 'e1', userId: 'a' },
    { eventId: 'e2', userId: 'c' },
  ],
  progress: [{ userId: 'b', completed: true, updatedAt: T }],
  requests: [],
  firms: [],
  assessments: [
    assessment('g1r2i2', '2026-10', 2, '十月'),
    assessment('g1r2i2', '2026-11', 1, '十一月'),
    assessment('g2r1i3', '2026-10', 0.8),
    assessment('g2r1i3', '2026-11', 1),
  ],
};

const line = (r: ReturnType<typeof buildReport>, id: string) =>
  r.lines.find((l) => l.indicator.id === id)!;

describe('a branch report', () => {
  it('computes from the branch and the orgs below it, and reads its own entries', () => {
    const r = buildReport(DEFAULT_GOALS, sources, 'b1', '2026-11', NOW);
    expect(r.lines).toHaveLength(33);
    expect(line(r, 'g1r2i1')).toMatchObject({ value: 0.5, count: 1, of: 2, status: 'below' });
    expect(line(r, 'g2r1i1').value).toBe(0.5);
    expect(line(r, 'g3r2i1').status).toBe('no_data');
    expect(line(r, 'g1r2i2')).toMatchObject({ value: 1, evidence: '十一月', status: 'met' });
    expect(r.entered).toEqual({ done: 2, of: 27 });
  });

  it('folds the months into a year: counts add up, shares average', () => {
    const r = buildReport(DEFAULT_GOALS, sources, 'b1', '2026', NOW);
    expect(line(r, 'g1r2i2').value).toBe(3);
    expect(line(r, 'g1r2i2').evidence).toBe('2026-10: 十月\n2026-11: 十一月');
    expect(line(r, 'g2r1i3').value).toBeCloseTo(0.9);
  });

  it('formats each unit', () => {
    const words = { yes: '是', no: '否', none: '暂无数据' };
    expect(formatValue('percent', 0.857, words, 'zh-CN')).toBe('85.7%');
    expect(formatValue('yes_no', 1, words, 'zh-CN')).toBe('是');
    expect(formatValue('count', null, words, 'zh-CN')).toBe('暂无数据');
  });
});
