import { describe, expect, it } from 'vitest';
import {
  addMonths,
  DEFAULT_RULE,
  nthWeekday,
  seriesDates,
  shanghaiMonth,
} from '../../../../src/shared/party-days.ts';

describe('monthly party-day rule (每月第二周四, Asia/Shanghai)', () => {
  it('finds the second Thursday of each month', () => {
    expect(nthWeekday('2025-01', 2, 4)).toBe('2025-01-09');
    expect(nthWeekday('2025-05', 2, 4)).toBe('2025-05-08');
    // a month that starts on a Thursday
    expect(nthWeekday('2026-01', 2, 4)).toBe('2026-01-08');
    // a month that starts on a Friday
    expect(nthWeekday('2025-08', 2, 4)).toBe('2025-08-14');
  });

  it('finds the last weekday of a month', () => {
    expect(nthWeekday('2025-07', -1, 4)).toBe('2025-07-31');
    expect(nthWeekday('2024-02', -1, 4)).toBe('2024-02-29');
  });

  it('places the party day at Shanghai wall-clock time', () => {
    const [jan] = seriesDates(DEFAULT_RULE, '2025-01', 1);
    expect(jan).toEqual({
      month: '2025-01',
      startsAt: '2025-01-09T06:00:00.000Z',
      endsAt: '2025-01-09T08:00:00.000Z',
    });
  });

  it('walks months across a year end', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(seriesDates(DEFAULT_RULE, '2025-12', 3).map((d) => d.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('reads the month in Shanghai, not UTC', () => {
    // 2025-01-31 17:00 UTC is already 1 February in Shanghai
    expect(shanghaiMonth(Date.parse('2025-01-31T17:00:00Z'))).toBe('2025-02');
  });
});
