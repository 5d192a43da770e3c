import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import type { Row } from '../../db/types.ts';
import type {
  CheckinRecord,
  EventRecord,
  HiddenWallPostRecord,
  RsvpRecord,
  WallPostRecord,
} from '../../shared/records.ts';
import { useSession } from '../../sync/session.ts';
import { subtreeOf } from './org-tree.ts';

export interface EventListItem {
  event: Row<EventRecord>;
  rsvp: Row<RsvpRecord> | null;
  checkin: Row<CheckinRecord> | null;
}

/** Every party day on this phone, soonest first, with the user's own answer and check-in. */
export function useEventList(): EventListItem[] | undefined {
  const { user } = useSession();
  const uid = user?.id;
  return useLiveQuery(async () => {
    if (!uid) return [];
    const [events, rsvps, checkins] = await Promise.all([
      db.events.orderBy('startsAt').toArray(),
      db.rsvps.where('userId').equals(uid).toArray(),
      db.checkins.where('userId').equals(uid).toArray(),
    ]);
    const rsvpOf = new Map(rsvps.map((r) => [r.eventId, r]));
    const checkinOf = new Map(checkins.map((c) => [c.eventId, c]));
    return events.map((event) => ({
      event,
      rsvp: rsvpOf.get(event.id) ?? null,
      checkin: checkinOf.get(event.id) ?? null,
    }));
  }, [uid]);
}

export interface EventDetail extends EventListItem {
  wall: Row<WallPostRecord>[];
  /** posts an organizer hid: all of them for the organizers, the member's own for a member */
  hidden: Row<HiddenWallPostRecord>[];
  going: number;
}

/** One party day with the user's answer, check-in, its wall (oldest first) and how many go. */
export function useEventDetail(eventId: string | undefined): EventDetail | null | undefined {
  const { user } = useSession();
  const uid = user?.id;
  return useLiveQuery(async () => {
    if (!eventId || !uid) return null;
    const event = await db.events.get(eventId);
    if (!event) return null;
    const [rsvp, checkin, wall, hidden, rsvps] = await Promise.all([
      db.rsvps.where('[eventId+userId]').equals([eventId, uid]).first(),
      db.checkins.where('[eventId+userId]').equals([eventId, uid]).first(),
      db.wallPosts
        .where('[eventId+createdAt]')
        .between([eventId, ''], [eventId, '\uffff'])
        .toArray(),
      db.hiddenWallPosts.where('eventId').equals(eventId).sortBy('createdAt'),
      db.rsvps.where('eventId').equals(eventId).toArray(),
    ]);
    return {
      event,
      rsvp: rsvp ?? null,
      checkin: checkin ?? null,
      wall,
      hidden,
      going: rsvps.filter((r) => r.status === 'going').length,
    };
  }, [eventId, uid]);
}

/** True when the signed-in user organizes `orgId` (their org or one below it). */
export function useOrganizes(orgId: string | undefined): boolean {
  const { user } = useSession();
  const manager = !!user && (user.roles.includes('organizer') || user.roles.includes('admin'));
  const userOrg = user?.orgId;
  return (
    useLiveQuery(
      async () => {
        if (!manager || !orgId || !userOrg) return false;
        if (orgId === userOrg) return true;
        return subtreeOf(await db.orgs.toArray(), userOrg).has(orgId);
      },
      [manager, orgId, userOrg],
      false,
    ) ?? false
  );
}

/** The event's check-in secret; only organizers of its org ever receive it (docs/sync-protocol.md pull rule 2). */
export function useEventSecret(eventId: string): string | null | undefined {
  return useLiveQuery(async () => (await db.eventSecrets.get(eventId))?.secret ?? null, [eventId]);
}

/** Why the server refused this user's last check-in for the event, if it did. */
export function useCheckinRefusal(
  eventId: string | undefined,
): { code: string; message: string } | null {
  const { user } = useSession();
  const uid = user?.id;
  return (
    useLiveQuery(
      async () => {
        if (!uid || !eventId) return null;
        const rows = await db.refused
          .where('userId')
          .equals(uid)
          .filter((r) => !r.settledAt)
          .sortBy('at');
        const hit = rows
          .reverse()
          .find(
            (r) =>
              r.name === 'event.checkin' &&
              typeof r.args === 'object' &&
              r.args !== null &&
              'eventId' in r.args &&
              r.args.eventId === eventId,
          );
        return hit ? { code: hit.code, message: hit.message } : null;
      },
      [uid, eventId],
      null,
    ) ?? null
  );
}

/** The orgs an organizer may plan for: their own and every org below it. */
export function useManagedOrgs(): { id: string; name: string }[] {
  const { user } = useSession();
  const userOrg = user?.orgId;
  return (
    useLiveQuery(async () => {
      if (!userOrg) return [];
      const orgs = await db.orgs.toArray();
      const scope = subtreeOf(orgs, userOrg);
      return orgs.filter((o) => scope.has(o.id)).map((o) => ({ id: o.id, name: o.name }));
    }, [userOrg]) ?? []
  );
}
