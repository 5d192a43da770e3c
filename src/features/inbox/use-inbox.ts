import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import { currentUserId } from '../../db/current-user.ts';
import type { NoticeKind, NoticeTargetType } from '../../shared/notices/kinds.ts';
import { LESSON_REMINDER_MINUTES } from '../../shared/notices/rules.ts';
import { dueReminders, type ReminderSource } from '../../shared/notices/reminders.ts';
import { MAX_LESSON_MINUTES } from '../../shared/records.ts';

/** One line of the inbox: a notice from the server, or a reminder the phone worked out. */
export interface InboxItem {
  /** the notice's id, or the party day's / lesson's for a reminder (what `notice.read` marks) */
  id: string;
  kind: NoticeKind;
  title: string;
  body: string;
  at: string;
  read: boolean;
  authorName: string | null;
  orgId: string | null;
  target: { type: NoticeTargetType; id: string } | null;
  detail: string | null;
  /** a reminder: its time and end */
  startsAt?: string;
  /** published offline, not yet confirmed */
  pending: boolean;
}

export interface Inbox {
  items: InboxItem[];
  unread: number;
  muted: string[];
}

const MINUTE = 60_000;
const DAY = 86400_000;

/** The current minute, renewed when it passes (reminders come and go with the clock). */
function useMinute(): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / MINUTE) * MINUTE);
  useEffect(() => {
    const timer = setInterval(() => {
      const minute = Math.floor(Date.now() / MINUTE) * MINUTE;
      setNow((prev) => (prev === minute ? prev : minute));
    }, 15_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The inbox as this phone holds it (docs/notices.md): pulled notices, and reminders of party days
 * and lessons worked out from pulled events and lessons; without muted kinds; newest first. Reads
 * Dexie only, so it works offline and follows every sync.
 */
export function useInbox(): Inbox | undefined {
  const now = useMinute();
  return useLiveQuery(async () => {
    const uid = await currentUserId(db);
    if (!uid) return { items: [], unread: 0, muted: [] };
    const [notices, reads, prefs, events, lessons, rsvps] = await Promise.all([
      db.notices.toArray(),
      db.noticeReads.toArray(),
      db.noticePrefs.get(uid),
      db.events
        .where('startsAt')
        .between(new Date(now - 2 * DAY).toISOString(), new Date(now + 2 * DAY).toISOString())
        .toArray(),
      db.lessons
        .where('scheduledAt')
        .between(
          new Date(now - MAX_LESSON_MINUTES * MINUTE).toISOString(),
          new Date(now + (LESSON_REMINDER_MINUTES + 1) * MINUTE).toISOString(),
        )
        .toArray(),
      db.rsvps.where('userId').equals(uid).toArray(),
    ]);
    const muted = prefs?.muted ?? [];
    const read = new Set(reads.filter((r) => r.userId === uid).map((r) => r.noticeId));
    const notGoing = new Set(rsvps.filter((r) => r.status === 'not_going').map((r) => r.eventId));
    const sources: ReminderSource[] = [
      ...events
        .filter((e) => e.status === 'scheduled' && !notGoing.has(e.id))
        .map((e) => ({
          kind: 'party_day' as const,
          id: e.id,
          title: e.title,
          startsAt: e.startsAt,
          endsAt: e.endsAt,
        })),
      ...lessons
        .filter((l) => l.scheduledAt)
        .map((l) => ({
          kind: 'lesson' as const,
          id: l.id,
          title: l.title,
          startsAt: l.scheduledAt!,
          endsAt: new Date(
            new Date(l.scheduledAt!).getTime() + l.durationMin * MINUTE,
          ).toISOString(),
        })),
    ];
    const items: InboxItem[] = [
      ...notices.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        at: n.createdAt,
        // one's own notice is not news to oneself
        read: read.has(n.id) || n.userId === uid,
        authorName: n.authorName,
        orgId: n.orgId,
        target: n.target,
        detail: n.detail,
        pending: !!n.pending,
      })),
      ...dueReminders(sources, now).map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        body: '',
        at: r.showFrom,
        read: read.has(r.id),
        authorName: null,
        orgId: null,
        target: {
          type: r.kind === 'party_day' ? ('event' as const) : ('lesson' as const),
          id: r.id,
        },
        detail: null,
        startsAt: r.startsAt,
        pending: false,
      })),
    ]
      .filter((i) => !muted.includes(i.kind))
      .sort((a, b) => b.at.localeCompare(a.at));
    return { items, unread: items.filter((i) => !i.read).length, muted };
  }, [now]);
}

/** The unread count for the tab bar. */
export function useUnreadCount(): number {
  return useInbox()?.unread ?? 0;
}
