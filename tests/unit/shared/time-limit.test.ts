import { describe, expect, it } from 'vitest';
import { deadline, dueAt, maySetLimit, timeLimit } from '../../../src/shared/time-limit.ts';

// 2026-12-04 is a Friday. Times are UTC; China Standard Time is 8 hours ahead.
describe('time limits (限时办结)', () => {
  it('hours count round the clock', () => {
    expect(dueAt('2026-12-04T10:00:00.000Z', { unit: 'hours', amount: 48 })).toBe(
      '2026-12-06T10:00:00.000Z',
    );
  });

  it('working days start the day after filing and skip the weekend, in China Standard Time', () => {
    // Friday 18:00 CST: Monday, Tuesday, Wednesday; due at midnight closing Wednesday (CST).
    expect(dueAt('2026-12-04T10:00:00.000Z', { unit: 'workdays', amount: 3 })).toBe(
      '2026-12-09T16:00:00.000Z',
    );
    // Friday 23:30 UTC is already Saturday in Beijing: Monday is the first working day.
    expect(dueAt('2026-12-04T23:30:00.000Z', { unit: 'workdays', amount: 1 })).toBe(
      '2026-12-07T16:00:00.000Z',
    );
    // Monday 09:00 CST, 1 working day: the end of Tuesday.
    expect(dueAt('2026-12-07T01:00:00.000Z', { unit: 'workdays', amount: 1 })).toBe(
      '2026-12-08T16:00:00.000Z',
    );
  });

  it('no limit, no due time', () => {
    expect(dueAt('2026-12-04T10:00:00.000Z', null)).toBeNull();
    expect(
      deadline(
        { status: 'submitted', createdAt: '2026-12-04T10:00:00.000Z', resolvedAt: null },
        null,
        new Date('2027-01-01T00:00:00Z'),
      ),
    ).toEqual({ dueAt: null, state: 'none' });
  });

  it('open requests are on time, due soon or overdue; resolved ones met or late', () => {
    const limit = { unit: 'hours', amount: 8 } as const;
    const r = (status: string, resolvedAt: string | null = null) => ({
      status,
      createdAt: '2026-12-04T00:00:00.000Z',
      resolvedAt,
    });
    const at = (iso: string) => new Date(iso);
    expect(deadline(r('submitted'), limit, at('2026-12-04T01:00:00Z')).state).toBe('on_time');
    expect(deadline(r('accepted'), limit, at('2026-12-04T07:00:00Z')).state).toBe('due_soon');
    expect(deadline(r('in_progress'), limit, at('2026-12-04T08:00:01Z'))).toEqual({
      dueAt: '2026-12-04T08:00:00.000Z',
      state: 'overdue',
    });
    expect(deadline(r('resolved', '2026-12-04T07:59:00.000Z'), limit, at('2026-12-09')).state).toBe(
      'met',
    );
    expect(deadline(r('resolved', '2026-12-04T09:00:00.000Z'), limit, at('2026-12-09')).state).toBe(
      'late',
    );
    expect(deadline(r('rejected'), limit, at('2026-12-09')).state).toBe('none');
    expect(deadline(r('cancelled'), limit, at('2026-12-09')).state).toBe('none');
  });

  it('limits are whole hours up to 30 days or working days up to 60', () => {
    expect(timeLimit.safeParse({ unit: 'hours', amount: 720 }).success).toBe(true);
    expect(timeLimit.safeParse({ unit: 'hours', amount: 721 }).success).toBe(false);
    expect(timeLimit.safeParse({ unit: 'workdays', amount: 61 }).success).toBe(false);
    expect(timeLimit.safeParse({ unit: 'workdays', amount: 1.5 }).success).toBe(false);
    expect(timeLimit.safeParse({ unit: 'days', amount: 1 }).success).toBe(false);
  });

  it('an admin, or an organizer who is staff of the group, sets it', () => {
    expect(maySetLimit({ roles: ['admin'], groups: [] }, 'legal')).toBe(true);
    expect(maySetLimit({ roles: ['organizer', 'staff'], groups: ['legal'] }, 'legal')).toBe(true);
    expect(maySetLimit({ roles: ['organizer', 'staff'], groups: ['legal'] }, 'talent')).toBe(false);
    expect(maySetLimit({ roles: ['staff'], groups: ['legal'] }, 'legal')).toBe(false);
    expect(maySetLimit({ roles: ['organizer'], groups: [] }, 'legal')).toBe(false);
  });
});
