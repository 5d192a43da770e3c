import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import type { Row } from '../../db/types.ts';
import type { CheckinRecord, EventRecord } from '../../shared/records.ts';
import { attendanceOf, monthlyRates, type Attendance, type MonthRate } from './attendance.ts';
import { subtreeOf } from './org-tree.ts';
import { compareIso } from '../../shared/compare.ts';

/** Who of the event's org answered and came, from the records an organizer holds. */
export function useAttendance(event: EventRecord | null | undefined): Attendance | undefined {
  const id = event?.id;
  const orgId = event?.orgId;
  return useLiveQuery(async () => {
    if (!id || !orgId) return undefined;
    const [orgs, users, rsvps, checkins] = await Promise.all([
      db.orgs.toArray(),
      db.users.toArray(),
      db.rsvps.where('eventId').equals(id).toArray(),
      db.checkins.where('eventId').equals(id).toArray(),
    ]);
    return attendanceOf({ id, orgId }, orgs, users, rsvps, checkins);
  }, [id, orgId]);
}

/** Live check-ins of one event, newest first (they arrive as the desk and members sync). */
export function useEventCheckins(eventId: string): Row<CheckinRecord>[] {
  return (
    useLiveQuery(
      async () =>
        (await db.checkins.where('eventId').equals(eventId).toArray()).sort((a, b) =>
          compareIso(b.createdAt, a.createdAt),
        ),
      [eventId],
    ) ?? []
  );
}

/** Attendance rate per month over the party days of an org and the orgs below it. */
export function useMonthlyRates(orgId: string | undefined): MonthRate[] | undefined {
  return useLiveQuery(async () => {
    if (!orgId) return [];
    const [orgs, users, events, checkins] = await Promise.all([
      db.orgs.toArray(),
      db.users.toArray(),
      db.events.toArray(),
      db.checkins.toArray(),
    ]);
    const scope = subtreeOf(orgs, orgId);
    const mine: EventRecord[] = events.filter((e) => scope.has(e.orgId));
    return monthlyRates(mine, orgs, users, checkins, Date.now());
  }, [orgId]);
}

/** Names of users on this phone, for the wall and the desk's list. */
export function useUserNames(): Map<string, string> {
  return (
    useLiveQuery(async () => new Map((await db.users.toArray()).map((u) => [u.id, u.name])), []) ??
    new Map()
  );
}
