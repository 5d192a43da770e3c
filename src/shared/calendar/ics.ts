import ical, { ICalAlarmType, ICalEventStatus } from 'ical-generator';
import { CST_OFFSET_MS } from '../china-time.ts';

/**
 * Calendar files (RFC 5545) for party days and lessons, made the same way on the phone (one item,
 * downloaded offline) and on the server (the personal feed): docs/notices.md "Calendar".
 */
export const CALENDAR_TZ = 'Asia/Shanghai';

/**
 * China Standard Time has had one offset all year since 1991 (src/shared/china-time.ts), so its
 * VTIMEZONE is a single STANDARD rule and needs no time-zone database on either end.
 */
export const SHANGHAI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_TZ}`,
  'X-LIC-LOCATION:Asia/Shanghai',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface CalendarItem {
  /** the record's id; the UID adds the kind so a lesson and a party day never share one */
  id: string;
  kind: 'event' | 'lesson';
  title: string;
  start: Date;
  end: Date;
  location?: string | null;
  description?: string | null;
  /** the app's page for it, absolute */
  url?: string | null;
  cancelled?: boolean;
  /** when it last changed; calendars use it to notice an update */
  updated?: Date;
}

/**
 * ical-generator writes a native Date in a TZID by its *local* fields, which are the phone's own
 * time zone (or the server's). So the date handed over is one whose local fields read the China
 * wall-clock time of the instant. (A wall time that falls into the device's own daylight-saving
 * gap would shift by an hour; party days and lessons are not held between 2 and 3 at night.)
 */
function wallClock(at: Date): Date {
  const c = new Date(at.getTime() + CST_OFFSET_MS);
  return new Date(
    c.getUTCFullYear(),
    c.getUTCMonth(),
    c.getUTCDate(),
    c.getUTCHours(),
    c.getUTCMinutes(),
    c.getUTCSeconds(),
  );
}

export function calendarUid(item: Pick<CalendarItem, 'id' | 'kind'>): string {
  return `${item.kind}-${item.id}@lianxin`;
}

export function buildCalendar(
  items: CalendarItem[],
  opts: { name: string; now?: Date; alarmMinutes?: number } = { name: '连心' },
): string {
  const cal = ical({
    name: opts.name,
    prodId: { company: 'lianxin', product: 'lianxin', language: 'ZH' },
    // No calendar-wide zone: DTSTAMP and LAST-MODIFIED must be UTC (RFC 5545 3.8.7.2); each event
    // names Asia/Shanghai, which puts its VTIMEZONE in the file.
    timezone: { name: null, generator: (tz) => (tz === CALENDAR_TZ ? SHANGHAI_VTIMEZONE : null) },
  });
  const stamp = opts.now ?? new Date();
  for (const item of items) {
    const event = cal.createEvent({
      id: calendarUid(item),
      start: wallClock(item.start),
      end: wallClock(item.end),
      timezone: CALENDAR_TZ,
      summary: item.title,
      location: item.location || null,
      description: item.description || null,
      url: item.url || null,
      stamp,
      lastModified: item.updated ?? null,
      status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    if (!item.cancelled && opts.alarmMinutes) {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: opts.alarmMinutes * 60,
        description: item.title,
      });
    }
  }
  return cal.toString();
}

/** A file name for one item's .ics: its title without characters file systems refuse. */
export function icsFileName(title: string): string {
  const base = [...title]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  return `${base || 'lianxin'}.ics`;
}
