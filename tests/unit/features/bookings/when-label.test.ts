import { describe, expect, it } from 'vitest';
import { whenLabel } from '../../../../src/features/bookings/when-label.ts';

describe('a booking’s time', () => {
  it('writes the day as every other screen does, in China Standard Time', () => {
    // 10:00–11:00 in Beijing on 2 December
    const w = whenLabel('2026-12-02T02:00:00.000Z', '2026-12-02T03:00:00.000Z', 'zh-CN');
    expect(w).toEqual({ date: '12月2日', start: '10:00', end: '11:00' });
    expect(whenLabel('2026-12-01T16:30:00.000Z', '2026-12-01T17:30:00.000Z', 'en').date).toBe(
      'Dec 2',
    );
  });
});
