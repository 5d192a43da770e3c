import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pioneerIndex, rankByIndex } from '../../../../src/shared/points/pioneer-index.ts';
import { summarizePoints } from '../../../../src/features/points/summarize.ts';
import { mayEarn } from '../../../../src/features/points/may-earn.ts';
import { monthBounds, monthKey } from '../../../../src/shared/points/rules.ts';

describe('pioneer index', () => {
  it('weights learning 30, attendance 40, service 30, each full at its target', () => {
    expect(pioneerIndex({ learning: 0, attendance: 0, service: 0 })).toBe(0);
    expect(pioneerIndex({ learning: 60, attendance: 40, service: 40 })).toBe(100);
    expect(pioneerIndex({ learning: 30, attendance: 20, service: 10 })).toBe(15 + 20 + 7.5);
  });

  it('one kind of activity cannot dominate: piling up one category stops at its weight', () => {
    expect(pioneerIndex({ learning: 10_000, attendance: 0, service: 0 })).toBe(30);
    expect(pioneerIndex({ learning: 0, attendance: 10_000, service: 0 })).toBe(40);
    // a balanced member beats a one-sided one with far more points
    expect(pioneerIndex({ learning: 30, attendance: 20, service: 20 })).toBeGreaterThan(
      pioneerIndex({ learning: 500, attendance: 0, service: 0 }),
    );
  });

  it('stays within 0..100 and never falls when points grow', () => {
    const pts = fc.record({
      learning: fc.nat(500),
      attendance: fc.nat(500),
      service: fc.nat(500),
    });
    fc.assert(
      fc.property(
        pts,
        fc.constantFrom('learning', 'attendance', 'service'),
        fc.nat(50),
        (p, c, more) => {
          const i = pioneerIndex(p);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(i).toBeLessThanOrEqual(100);
          expect(pioneerIndex({ ...p, [c]: p[c] + more })).toBeGreaterThanOrEqual(i);
        },
      ),
    );
  });

  it('ranks by index, then total, sharing a rank on a tie', () => {
    const ranked = rankByIndex([
      { userId: 'a', name: '甲', points: { learning: 60, attendance: 0, service: 0 } },
      { userId: 'b', name: '乙', points: { learning: 0, attendance: 40, service: 0 } },
      { userId: 'c', name: '丙', points: { learning: 60, attendance: 0, service: 0 } },
      { userId: 'd', name: '丁', points: { learning: 90, attendance: 0, service: 0 } },
    ]);
    expect(ranked.map((r) => [r.userId, r.rank])).toEqual([
      ['b', 1],
      ['d', 2],
      // equal figures share rank 3; the list shows them by name (丙 bǐng before 甲 jiǎ)
      ['c', 3],
      ['a', 3],
    ]);
  });
});

describe('member summary', () => {
  const now = new Date('2025-03-20T04:00:00Z');
  it('counts total, this month by China Standard Time, and 12 months for the chart', () => {
    const s = summarizePoints(
      [
        { points: 10, category: 'learning', earnedAt: '2025-03-01T00:30:00+08:00' },
        { points: 20, category: 'attendance', earnedAt: '2025-02-28T23:30:00+08:00' },
        { points: 5, category: 'service', earnedAt: '2023-01-01T00:00:00Z' },
      ],
      now,
    );
    expect(s.total).toBe(35);
    expect(s.thisMonth).toMatchObject({ month: '2025-03', total: 10, index: 5 });
    expect(s.months).toHaveLength(12);
    expect(s.months[0]!.month).toBe('2024-04');
    expect(s.months[10]).toMatchObject({ month: '2025-02', total: 20 });
  });

  it('month keys and bounds agree at the CST midnight', () => {
    const { start, end } = monthBounds('2025-03');
    expect(start.toISOString()).toBe('2025-02-28T16:00:00.000Z');
    expect(monthKey(start)).toBe('2025-03');
    expect(monthKey(new Date(end.getTime() - 1))).toBe('2025-03');
    expect(monthKey(end)).toBe('2025-04');
  });
});

describe('waiting actions that may earn', () => {
  it('names the rule for earning actions only', () => {
    expect(mayEarn('lesson.progress', { completed: true })).toBe('lesson_completed');
    expect(mayEarn('lesson.progress', { completed: false })).toBeNull();
    expect(mayEarn('lesson.rate', {})).toBe('lesson_rated');
    expect(mayEarn('event.checkin', {})).toBe('event_attended');
    expect(mayEarn('request.rate', {})).toBe('request_rated');
    expect(mayEarn('wall.post', {})).toBeNull();
    expect(mayEarn('event.rsvp', {})).toBeNull();
  });
});
