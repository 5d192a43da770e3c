import { describe, expect, it } from 'vitest';
import {
  attendanceRate,
  computeIndicator,
  halfMonths,
  lessonsPerMember,
  listsPublished,
  requestsOnTime,
  visitsOnTime,
  type ComputeInputs,
} from '../../../src/shared/checklist/compute.ts';
import { lastMonth, periodRange, quartersOf } from '../../../src/shared/checklist/period.ts';
import { assessProblem } from '../../../src/shared/checklist/rules.ts';
import {
  DEFAULT_GOALS,
  goalsSchema,
  indicatorsOf,
  templateProblem,
} from '../../../src/shared/checklist/template.ts';
import * as z from 'zod/mini';

/** China Standard Time wall clock → ISO instant */
const cst = (s: string) => new Date(`${s}+08:00`).toISOString();
const NOW = Date.parse(cst('2026-12-01T10:00:00'));

describe('the default checklist', () => {
  it('has 4 goals, 11 responsibilities and 33 indicators, six of them computed', () => {
    expect(DEFAULT_GOALS).toHaveLength(4);
    expect(DEFAULT_GOALS.flatMap((g) => g.responsibilities)).toHaveLength(11);
    const all = indicatorsOf(DEFAULT_GOALS);
    expect(all).toHaveLength(33);
    expect(
      all.filter((x) => x.indicator.kind === 'computed').map((x) => x.indicator.source),
    ).toEqual([
      'attendance_rate',
      'lessons_per_member',
      'requests_on_time',
      'visits_on_time',
      'discussions_held',
      'lists_published',
    ]);
  });

  it('fits the schema checklist.save sends, and its rule', () => {
    expect(z.safeParse(goalsSchema, DEFAULT_GOALS).success).toBe(true);
    expect(templateProblem(DEFAULT_GOALS)).toBeNull();
  });

  it('refuses a key used twice and a computed indicator without a source', () => {
    const twice = structuredClone(DEFAULT_GOALS);
    twice[1]!.id = 'g1';
    expect(templateProblem(twice)).toMatch(/g1/);
    const sourceless = structuredClone(DEFAULT_GOALS);
    sourceless[0]!.responsibilities[1]!.indicators[0]!.source = null;
    expect(templateProblem(sourceless)).toMatch(/computed/);
  });
});

describe('periods in China Standard Time', () => {
  it('a month starts at local midnight of its first day', () => {
    expect(new Date(periodRange('2026-11')!.start).toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(new Date(periodRange('2026')!.end).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(periodRange('2026-13')).toBeNull();
    expect(lastMonth(Date.parse('2026-11-30T17:00:00Z'))).toBe('2026-11');
  });
  it('knows the quarters of a period', () => {
    expect(quartersOf('2026-11')).toEqual(['2026-Q4']);
    expect(quartersOf('2026')).toHaveLength(4);
  });
  it('cuts a month into two half months that have ended', () => {
    expect(halfMonths(periodRange('2026-11')!, NOW)).toHaveLength(2);
    expect(halfMonths(periodRange('2026-12')!, NOW)).toHaveLength(0);
    expect(halfMonths(periodRange('2026')!, NOW)).toHaveLength(22);
  });
});

describe('computed indicators', () => {
  it('attendance: check-ins of members over members × party days held in the period', () => {
    const events = [
      { id: 'e1', startsAt: cst('2026-11-12T14:00:00'), status: 'scheduled' as const },
      { id: 'e2', startsAt: cst('2026-11-26T14:00:00'), status: 'scheduled' as const },
      { id: 'x', startsAt: cst('2026-11-20T14:00:00'), status: 'cancelled' as const },
      { id: 'oct', startsAt: cst('2026-10-31T23:00:00'), status: 'scheduled' as const },
    ];
    const checkins = [
      { eventId: 'e1', userId: 'a' },
      { eventId: 'e1', userId: 'b' },
      { eventId: 'e2', userId: 'a' },
      { eventId: 'e2', userId: 'stranger' },
      { eventId: 'oct', userId: 'b' },
    ];
    const r = attendanceRate({
      events,
      checkins,
      memberIds: ['a', 'b'],
      period: '2026-11',
      now: NOW,
    });
    expect(r).toEqual({ value: 0.75, count: 3, of: 4 });
    expect(
      attendanceRate({ events: [], checkins, memberIds: ['a'], period: '2026-11', now: NOW }).value,
    ).toBeNull();
  });

  it('lessons per member: completions in the period over members', () => {
    const progress = [
      { userId: 'a', completed: true, updatedAt: cst('2026-11-03T12:00:00') },
      { userId: 'a', completed: true, updatedAt: cst('2026-11-05T12:00:00') },
      { userId: 'b', completed: false, updatedAt: cst('2026-11-05T12:00:00') },
      { userId: 'b', completed: true, updatedAt: cst('2026-10-05T12:00:00') },
    ];
    expect(lessonsPerMember({ progress, memberIds: ['a', 'b'], period: '2026-11' })).toEqual({
      value: 1,
      count: 2,
      of: 2,
    });
  });

  it('requests on time: resolved within the limit, and open ones whose limit ran out count late', () => {
    const base = { category: 'legal', status: 'resolved' };
    const requests = [
      { ...base, createdAt: cst('2026-11-02T09:00:00'), resolvedAt: cst('2026-11-03T09:00:00') },
      { ...base, createdAt: cst('2026-11-02T09:00:00'), resolvedAt: cst('2026-11-09T09:00:00') },
      { ...base, status: 'accepted', createdAt: cst('2026-11-20T09:00:00'), resolvedAt: null },
      { ...base, status: 'cancelled', createdAt: cst('2026-11-20T09:00:00'), resolvedAt: null },
      // its limit runs out next month: not counted yet
      { ...base, status: 'submitted', createdAt: cst('2026-11-30T09:00:00'), resolvedAt: null },
    ];
    const r = requestsOnTime({
      requests,
      dueAt: (q) => Date.parse(q.createdAt) + 72 * 3600_000,
      period: '2026-11',
      now: NOW,
    });
    expect(r).toEqual({ value: 1 / 3, count: 1, of: 3 });
    // a group with a longer limit makes the slow one on time
    const lenient = requestsOnTime({
      requests,
      dueAt: (q) => Date.parse(q.createdAt) + 24 * 8 * 3600_000,
      period: '2026-11',
      now: NOW,
    });
    expect(lenient.count).toBe(2);
  });

  it('visits on time: a contact in every half month, per firm', () => {
    const visits = [
      { firmId: 'f1', at: cst('2026-11-03T10:00:00') },
      { firmId: 'f1', at: cst('2026-11-20T10:00:00') },
      { firmId: 'f2', at: cst('2026-11-15T23:30:00') },
    ];
    expect(visitsOnTime({ visits, firmIds: ['f1', 'f2'], period: '2026-11', now: NOW })).toEqual({
      value: 0.75,
      count: 3,
      of: 4,
    });
    expect(visitsOnTime({ visits: [], firmIds: [], period: '2026-11', now: NOW }).value).toBeNull();
  });

  it('lists published: the quarter of the month, by the month’s end', () => {
    const lists = [{ quarter: '2026-Q4', publishedAt: cst('2026-10-10T10:00:00') }];
    expect(listsPublished({ lists, period: '2026-11', now: NOW }).value).toBe(1);
    expect(listsPublished({ lists: [], period: '2026-11', now: NOW }).value).toBe(0);
    expect(listsPublished({ lists, period: '2026', now: NOW })).toEqual({
      value: 0.25,
      count: 1,
      of: 4,
    });
  });

  it('a source whose records the app does not hold yet reads no data, not zero', () => {
    const inputs: ComputeInputs = {
      events: [],
      checkins: [],
      progress: [],
      requests: [],
      dueAt: (q) => Date.parse(q.createdAt) + 72 * 3600_000,
      visits: null,
      firmIds: ['f1'],
      lists: null,
      memberIds: ['a'],
    };
    expect(computeIndicator('visits_on_time', inputs, '2026-11', NOW).value).toBeNull();
    expect(computeIndicator('lists_published', inputs, '2026-11', NOW).value).toBeNull();
    expect(computeIndicator('lessons_per_member', inputs, '2026-11', NOW).value).toBe(0);
  });
});

describe('checklist.assess rule', () => {
  it('takes entered indicators of begun periods with values that fit their unit', () => {
    const ok = { indicatorId: 'g1r2i2', period: '2026-11', value: 2 };
    expect(assessProblem(DEFAULT_GOALS, ok, NOW)).toBeNull();
    expect(assessProblem(DEFAULT_GOALS, { ...ok, indicatorId: 'g1r2i1' }, NOW)).toMatch(/computed/);
    expect(assessProblem(DEFAULT_GOALS, { ...ok, indicatorId: 'nope' }, NOW)).toMatch(/No such/);
    expect(assessProblem(DEFAULT_GOALS, { ...ok, period: '2027-01' }, NOW)).toMatch(/begun/);
    expect(assessProblem(DEFAULT_GOALS, { ...ok, value: 1.5 }, NOW)).toMatch(/whole/);
    expect(assessProblem(DEFAULT_GOALS, { ...ok, indicatorId: 'g1r1i1', value: 2 }, NOW)).toMatch(
      /1 or 0/,
    );
    expect(
      assessProblem(DEFAULT_GOALS, { ...ok, indicatorId: 'g2r1i3', value: 0.95 }, NOW),
    ).toBeNull();
  });
});
