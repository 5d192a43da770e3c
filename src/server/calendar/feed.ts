import type { Db } from '../database/db.ts';
import { canSeeEvent } from '../mutations/event-data.ts';
import { buildCalendar, type CalendarItem } from '../../shared/calendar/ics.ts';

/** How far back and ahead the feed reaches: recent history stays, next year's plan shows. */
export const FEED_PAST_DAYS = 30;
export const FEED_FUTURE_DAYS = 366;

interface Who {
  orgPath: string[];
  managedOrgs: string[];
}

/** What the pull would show the user (docs/sync-protocol.md pull rule 2), for a user without a session. */
async function whoIs(db: Db, userId: string): Promise<Who | null> {
  const [u] = await db.query<{ org_id: string; roles: string[]; path: string[] }>(
    `SELECT u.org_id, u.roles, o.path FROM users u JOIN orgs o ON o.id = u.org_id
      WHERE u.id = $1 AND NOT u.disabled`,
    [userId],
  );
  if (!u) return null;
  const organizes = u.roles.includes('organizer') || u.roles.includes('admin');
  const managedOrgs = organizes
    ? (await db.query<{ id: string }>(`SELECT id FROM orgs WHERE $1 = ANY(path)`, [u.org_id])).map(
        (r) => r.id,
      )
    : [];
  return { orgPath: u.path, managedOrgs };
}

/**
 * The personal calendar feed (docs/notices.md "Calendar"): the party days and scheduled lessons
 * the user can see, a cancelled party day marked CANCELLED so subscribed calendars drop it.
 * Null when the user no longer exists or is disabled.
 */
export async function calendarFeed(
  db: Db,
  userId: string,
  origin: string,
  now = new Date(),
): Promise<string | null> {
  const who = await whoIs(db, userId);
  if (!who) return null;
  const from = new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000);
  const to = new Date(now.getTime() + FEED_FUTURE_DAYS * 86_400_000);
  const events = await db.query<{
    id: string;
    org_id: string;
    title: string;
    theme: string;
    venue: string;
    starts_at: Date;
    ends_at: Date;
    status: string;
    updated_at: Date;
  }>(
    `SELECT id, org_id, title, theme, venue, starts_at, ends_at, status, updated_at FROM events
      WHERE ends_at >= $1 AND starts_at <= $2 ORDER BY starts_at, id`,
    [from, to],
  );
  const lessons = await db.query<{
    id: string;
    org_id: string;
    title: string;
    speaker: string;
    summary: string;
    venue: string | null;
    scheduled_at: Date;
    duration_min: number;
    updated_at: Date;
  }>(
    `SELECT id, org_id, title, speaker, summary, venue, scheduled_at, duration_min, updated_at
       FROM lessons
      WHERE NOT withdrawn AND scheduled_at IS NOT NULL AND scheduled_at BETWEEN $1 AND $2
      ORDER BY scheduled_at, id`,
    [from, to],
  );
  const items: CalendarItem[] = [
    ...events
      .filter((e) => canSeeEvent(who, e))
      .map((e) => ({
        id: e.id,
        kind: 'event' as const,
        title: e.title,
        start: e.starts_at,
        end: e.ends_at,
        location: e.venue,
        description: e.theme,
        url: `${origin}/events/${e.id}`,
        cancelled: e.status === 'cancelled',
        updated: e.updated_at,
      })),
    // A lesson is seen where a party day of the same org is (audience "public").
    ...lessons
      .filter((l) => canSeeEvent(who, l))
      .map((l) => ({
        id: l.id,
        kind: 'lesson' as const,
        title: l.title,
        start: l.scheduled_at,
        end: new Date(l.scheduled_at.getTime() + Math.max(l.duration_min, 15) * 60_000),
        location: l.venue,
        description: [l.speaker, l.summary].filter(Boolean).join('\n'),
        url: `${origin}/lessons/${l.id}`,
        updated: l.updated_at,
      })),
  ];
  return buildCalendar(items, { name: '连心', now, alarmMinutes: 60 });
}
