import { CST_OFFSET_MS } from '../china-time.ts';
import { LESSON_REMINDER_MINUTES } from './rules.ts';

/**
 * Reminders the phone works out from records it already holds (docs/notices.md): no server
 * timer, no cron per user, and they work offline. A reminder's id is the id of its party day or
 * lesson, which is also what `notice.read` marks.
 *
 * - a party day: from 00:00 China Standard Time of the day before it until it ends;
 * - a lesson with a live session: from 15 minutes before it starts until it ends.
 */
export interface ReminderSource {
  kind: 'party_day' | 'lesson';
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

export interface Reminder extends ReminderSource {
  /** when the reminder appeared: its place in the inbox */
  showFrom: string;
}

const DAY_MS = 86400_000;

/** Midnight (China Standard Time) of the day before `iso`, as an instant. */
export function dayBefore(iso: string): number {
  const local = new Date(iso).getTime() + CST_OFFSET_MS;
  return Math.floor(local / DAY_MS) * DAY_MS - DAY_MS - CST_OFFSET_MS;
}

export function showFrom(s: ReminderSource): number {
  return s.kind === 'party_day'
    ? dayBefore(s.startsAt)
    : new Date(s.startsAt).getTime() - LESSON_REMINDER_MINUTES * 60_000;
}

/** The reminders due at `now` among `sources`, newest first. */
export function dueReminders(sources: readonly ReminderSource[], now: number): Reminder[] {
  return sources
    .filter((s) => showFrom(s) <= now && now < new Date(s.endsAt).getTime())
    .map((s) => ({ ...s, showFrom: new Date(showFrom(s)).toISOString() }))
    .sort((a, b) => b.showFrom.localeCompare(a.showFrom));
}
