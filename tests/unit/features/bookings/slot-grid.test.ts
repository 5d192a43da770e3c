import { describe, expect, it } from 'vitest';
import {
  firstBookableDay,
  slotGrid,
  upcomingDays,
} from '../../../../src/features/bookings/slot-grid.ts';

describe('slot grid', () => {
  const base = {
    date: '2025-03-12',
    opensAt: '09:00',
    closesAt: '13:00',
    now: new Date('2025-03-12T02:30:00Z'), // 10:30 in Beijing
  };

  it('cuts opening hours into hour slots in China Standard Time and marks each', () => {
    const grid = slotGrid({
      ...base,
      taken: [
        { id: 'b1', start: '2025-03-12T03:00:00Z', end: '2025-03-12T04:00:00Z' }, // 11:00–12:00
        { id: 'b2', start: '2025-03-12T04:30:00Z', end: '2025-03-12T05:00:00Z' }, // 12:30–13:00
      ],
      mine: new Set(['b2']),
    });
    expect(grid.map((s) => [s.label, s.state])).toEqual([
      ['09:00', 'past'],
      ['10:00', 'free'], // still running at 10:30: bookable until it ends
      ['11:00', 'taken'],
      ['12:00', 'mine'],
    ]);
    expect(grid[0]!.start).toBe('2025-03-12T01:00:00.000Z');
    expect(grid[3]!.bookingId).toBe('b2');
  });

  it('the user’s own booking shows as theirs even where another slot overlaps it', () => {
    const grid = slotGrid({
      ...base,
      taken: [
        { id: 'other', start: '2025-03-12T03:00:00Z', end: '2025-03-12T04:00:00Z' },
        { id: 'own', start: '2025-03-12T03:00:00Z', end: '2025-03-12T04:00:00Z' },
      ],
      mine: new Set(['own']),
    });
    expect(grid[2]).toMatchObject({ label: '11:00', state: 'mine', bookingId: 'own' });
  });

  it('lists the coming days from today, local date', () => {
    expect(upcomingDays(new Date('2025-03-12T17:00:00Z'), 3)).toEqual([
      '2025-03-13',
      '2025-03-14',
      '2025-03-15',
    ]);
  });

  it('opens in the evening on the next day that still has a free slot', () => {
    const evening = new Date('2025-03-12T13:30:00Z'); // 21:30 in Beijing, after closing
    const days = upcomingDays(evening, 7);
    const gridOf = (date: string) =>
      slotGrid({
        date,
        opensAt: '09:00',
        closesAt: '18:00',
        taken: [],
        mine: new Set(),
        now: evening,
      });
    expect(gridOf('2025-03-12').every((s) => s.state === 'past')).toBe(true);
    expect(firstBookableDay(days, gridOf)).toBe('2025-03-13');
    // In the morning it is today.
    const morning = new Date('2025-03-12T01:30:00Z');
    const morningGrid = (date: string) =>
      slotGrid({
        date,
        opensAt: '09:00',
        closesAt: '18:00',
        taken: [],
        mine: new Set(),
        now: morning,
      });
    expect(firstBookableDay(days, morningGrid)).toBe('2025-03-12');
  });
});
