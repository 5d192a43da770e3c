import { describe, expect, it } from 'vitest';
import {
  addDays,
  fromLocal,
  outsideOpeningHours,
  toLocal,
} from '../../../../src/shared/venue-hours.ts';

describe('venue hours in China Standard Time', () => {
  it('converts between instants and local wall-clock time', () => {
    expect(toLocal('2025-03-12T16:30:00Z')).toEqual({ date: '2025-03-13', minutes: 30 });
    expect(fromLocal('2025-03-13', 30).toISOString()).toBe('2025-03-12T16:30:00.000Z');
    expect(fromLocal('2025-03-13', 24 * 60).toISOString()).toBe('2025-03-13T16:00:00.000Z');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('a zone with daylight saving still round-trips', () => {
    // 2025-03-09 is the spring-forward day in New York: 10:00 local is 14:00 UTC
    expect(fromLocal('2025-03-09', 600, 'America/New_York').toISOString()).toBe(
      '2025-03-09T14:00:00.000Z',
    );
  });

  it('accepts bookings inside the hours and names why others do not fit', () => {
    const at = (h: number) => fromLocal('2025-03-12', h * 60);
    expect(outsideOpeningHours(at(8), at(10), '08:00', '22:00')).toBeNull();
    expect(outsideOpeningHours(at(21), at(22), '08:00', '22:00')).toBeNull();
    expect(outsideOpeningHours(at(7), at(9), '08:00', '22:00')).toBe('too_early');
    expect(outsideOpeningHours(at(21), at(23), '08:00', '22:00')).toBe('too_late');
    expect(outsideOpeningHours(at(22), at(26), '08:00', '24:00')).toBe('other_day');
    // a venue open until midnight takes a booking that ends at 24:00
    expect(outsideOpeningHours(at(23), at(24), '08:00', '24:00')).toBeNull();
  });
});
