import type { Tx } from '../database/db.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { AgendaItem } from '../../shared/records.ts';
import { iso, one } from './records.ts';
import { Reject } from './types.ts';

export interface EventRow {
  id: string;
  org_id: string;
  series_id: string | null;
  title: string;
  theme: string;
  venue: string;
  capacity: number | null;
  agenda: AgendaItem[];
  starts_at: Date;
  ends_at: Date;
  status: 'scheduled' | 'cancelled';
  secret: string;
  user_id: string;
  created_at: Date;
  updated_at: Date;
}

export const loadEvent = (tx: Tx, id: string, lock = false) =>
  one<EventRow>(tx, `SELECT * FROM events WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);

/** A public event is seen at its org and below, and by the organizers above it. */
export const canSeeEvent = (
  v: Pick<Viewer, 'orgPath' | 'managedOrgs'>,
  e: Pick<EventRow, 'org_id'>,
) => v.orgPath.includes(e.org_id) || v.managedOrgs.includes(e.org_id);

export const managesEvent = (v: Viewer, e: Pick<EventRow, 'org_id'>) =>
  v.managedOrgs.includes(e.org_id);

/** The event, if the viewer may see it; otherwise the same refusal as for an unknown id. */
export async function visibleEvent(tx: Tx, viewer: Viewer, id: string): Promise<EventRow> {
  const e = await loadEvent(tx, id);
  if (!e || !canSeeEvent(viewer, e))
    throw new Reject('not_found', 'This party day does not exist.');
  return e;
}

/** The event, if the viewer organizes its org. */
export async function managedEvent(tx: Tx, viewer: Viewer, id: string): Promise<EventRow> {
  const e = await visibleEvent(tx, viewer, id);
  if (!managesEvent(viewer, e)) {
    throw new Reject('forbidden', 'Only organizers of this party day’s organisation may do this.');
  }
  return e;
}

export function eventData(e: EventRow) {
  return {
    id: e.id,
    orgId: e.org_id,
    seriesId: e.series_id,
    title: e.title,
    theme: e.theme,
    venue: e.venue,
    capacity: e.capacity,
    agenda: e.agenda,
    startsAt: iso(e.starts_at),
    endsAt: iso(e.ends_at),
    status: e.status,
    userId: e.user_id,
    createdAt: iso(e.created_at),
    updatedAt: iso(e.updated_at),
  };
}

/**
 * Publishes an event at its org (public: everyone below sees it) and its secret to the organizers
 * of that org only (docs/sync-protocol.md pull rule 2: secrets never reach a member's phone). The secret record's
 * id is the event id, so there is one per event.
 */
export async function emitEvent(tx: Tx, id: string): Promise<void> {
  const e = await loadEvent(tx, id);
  if (e) emitEventRow(tx, e);
}

/** emitEvent for a row already loaded (bulk writers emit many at once). */
export function emitEventRow(tx: Pick<Tx, 'emit'>, e: EventRow): void {
  const { id } = e;
  tx.emit({ type: 'event', id, audience: 'public', orgId: e.org_id, data: eventData(e) });
  if (e.status === 'cancelled') {
    tx.emit({ type: 'event_secret', id, deleted: true });
  } else {
    tx.emit({
      type: 'event_secret',
      id,
      audience: 'organizers',
      orgId: e.org_id,
      data: { id, eventId: id, secret: e.secret },
    });
  }
}

/**
 * True when the user is a member (the role) of the event's org or an org below it: the people an
 * organizer checks in, the same list the attendance sheet counts.
 */
export async function inEventOrg(tx: Tx, userId: string, orgId: string): Promise<boolean> {
  const row = await one(
    tx,
    `SELECT 1 FROM users u JOIN orgs o ON o.id = u.org_id
      WHERE u.id = $1 AND NOT u.disabled AND 'member' = ANY(u.roles) AND $2 = ANY(o.path)`,
    [userId, orgId],
  );
  return Boolean(row);
}
