import { compareIso } from '../../shared/compare.ts';
import { shanghaiMonth } from '../../shared/party-days.ts';
import type {
  CheckinRecord,
  EventRecord,
  OrgRecord,
  RsvpRecord,
  UserRecord,
} from '../../shared/records.ts';
import { subtreeOf } from './org-tree.ts';

export interface AttendanceRow {
  user: Pick<UserRecord, 'id' | 'name' | 'orgId'>;
  rsvp: RsvpRecord['status'] | null;
  checkin: (Pick<CheckinRecord, 'method' | 'createdAt'> & { pending?: boolean | undefined }) | null;
}

export interface Attendance {
  rows: AttendanceRow[];
  going: number;
  came: number;
  /** said they would come and did not (after the event) */
  missed: number;
}

/** Members of an event's org and below, each with their answer and check-in. */
export function attendanceOf(
  event: Pick<EventRecord, 'id' | 'orgId'>,
  orgs: readonly Pick<OrgRecord, 'id' | 'parentId'>[],
  users: readonly Pick<UserRecord, 'id' | 'name' | 'orgId' | 'roles'>[],
  rsvps: readonly Pick<RsvpRecord, 'eventId' | 'userId' | 'status'>[],
  checkins: readonly (Pick<CheckinRecord, 'eventId' | 'userId' | 'method' | 'createdAt'> & {
    pending?: boolean | undefined;
  })[],
): Attendance {
  const scope = subtreeOf(orgs, event.orgId);
  const rsvpOf = new Map(rsvps.filter((r) => r.eventId === event.id).map((r) => [r.userId, r]));
  const checkinOf = new Map(
    checkins.filter((c) => c.eventId === event.id).map((c) => [c.userId, c]),
  );
  const rows = users
    .filter((u) => scope.has(u.orgId) && u.roles.includes('member'))
    .map((u) => {
      const c = checkinOf.get(u.id);
      return {
        user: { id: u.id, name: u.name, orgId: u.orgId },
        rsvp: rsvpOf.get(u.id)?.status ?? null,
        checkin: c ? { method: c.method, createdAt: c.createdAt, pending: c.pending } : null,
      };
    })
    .sort((a, b) => a.user.name.localeCompare(b.user.name, 'zh-CN'));
  return {
    rows,
    going: rows.filter((r) => r.rsvp === 'going').length,
    came: rows.filter((r) => r.checkin).length,
    missed: rows.filter((r) => r.rsvp === 'going' && !r.checkin).length,
  };
}

export interface MonthRate {
  month: string;
  /** 0..1 */
  rate: number;
  came: number;
  expected: number;
}

/** Attendance rate per month (Shanghai months) over past, not cancelled events: who came / members. */
export function monthlyRates(
  events: readonly Pick<EventRecord, 'id' | 'orgId' | 'startsAt' | 'endsAt' | 'status'>[],
  orgs: readonly Pick<OrgRecord, 'id' | 'parentId'>[],
  users: readonly Pick<UserRecord, 'id' | 'name' | 'orgId' | 'roles'>[],
  checkins: readonly Pick<CheckinRecord, 'eventId' | 'userId' | 'method' | 'createdAt'>[],
  now: number,
): MonthRate[] {
  const byMonth = new Map<string, { came: number; expected: number }>();
  for (const e of events) {
    if (e.status === 'cancelled' || Date.parse(e.startsAt) > now) continue;
    const a = attendanceOf(e, orgs, users, [], checkins);
    if (a.rows.length === 0) continue;
    const month = shanghaiMonth(Date.parse(e.startsAt));
    const m = byMonth.get(month) ?? { came: 0, expected: 0 };
    m.came += a.came;
    m.expected += a.rows.length;
    byMonth.set(month, m);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => compareIso(a, b))
    .map(([month, m]) => ({ month, rate: m.came / m.expected, ...m }));
}
