import { describe, expect, it } from 'vitest';
import {
  dayBefore,
  dueReminders,
  type ReminderSource,
} from '../../../../src/shared/notices/reminders.ts';

const partyDay: ReminderSource = {
  kind: 'party_day',
  id: 'e1',
  title: '主题党日',
  // Saturday 09:00–11:00 China Standard Time
  startsAt: '2026-12-05T01:00:00.000Z',
  endsAt: '2026-12-05T03:00:00.000Z',
};
const lesson: ReminderSource = {
  kind: 'lesson',
  id: 'l1',
  title: '微党课',
  startsAt: '2026-12-05T04:00:00.000Z',
  endsAt: '2026-12-05T04:30:00.000Z',
};
const at = (iso: string) => new Date(iso).getTime();

describe('reminders the phone works out (docs/notices.md)', () => {
  it('a party day shows from midnight China Standard Time of the day before until it ends', () => {
    // Friday 00:00 in China is Thursday 16:00 UTC
    expect(new Date(dayBefore(partyDay.startsAt)).toISOString()).toBe('2026-12-03T16:00:00.000Z');
    expect(dueReminders([partyDay], at('2026-12-03T15:59:00.000Z'))).toEqual([]);
    expect(dueReminders([partyDay], at('2026-12-03T16:00:00.000Z')).map((r) => r.id)).toEqual([
      'e1',
    ]);
    expect(dueReminders([partyDay], at('2026-12-05T02:59:00.000Z'))).toHaveLength(1);
    expect(dueReminders([partyDay], at('2026-12-05T03:00:00.000Z'))).toEqual([]);
  });

  it('a lesson shows from 15 minutes before its start until it ends, newest first', () => {
    expect(dueReminders([lesson], at('2026-12-05T03:44:00.000Z'))).toEqual([]);
    const due = dueReminders([partyDay, lesson], at('2026-12-05T03:45:00.000Z'));
    expect(due.map((r) => [r.id, r.showFrom])).toEqual([['l1', '2026-12-05T03:45:00.000Z']]);
    const both = dueReminders([partyDay, lesson], at('2026-12-05T02:50:00.000Z'));
    expect(both.map((r) => r.id)).toEqual(['e1']);
  });
});
