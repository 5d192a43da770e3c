import { publicationSnapshot } from '../../shared/lists/snapshot.ts';
import { randomUUID } from 'node:crypto';
import type { Tx } from '../database/db.ts';
import type { Viewer } from '../auth/viewer.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { iso, one } from './records.ts';
import { Reject } from './types.ts';
import {
  isParkKind,
  type ListKind,
  type ListSource,
  type NeedStatus,
} from '../../shared/lists/rules.ts';
import type {
  ListItemRecord,
  ListPublicationRecord,
  NeedNote,
} from '../../shared/lists/records.ts';

/**
 * The three lists as pull sends them (docs/sync-protocol.md, "Record shapes in pull";
 * docs/organisation.md, "The three lists"). A need is private at its park: the organizers
 * managing the park, the staff of its service group (`groupKey`) and whoever claimed it (owner).
 * A resource likewise, its owner being whoever posted it. An activity goes to the park's
 * organizers only. The published snapshot is public at the park.
 */
export interface ListItemRow {
  id: string;
  org_id: string;
  org_name: string;
  quarter: string;
  kind: ListKind;
  title: string;
  description: string;
  category: string | null;
  provider: string | null;
  contact: string | null;
  starts_at: Date | null;
  venue: string | null;
  source_type: ListSource | null;
  source_id: string | null;
  status: NeedStatus | null;
  claimed_group: string | null;
  claimed_by: string | null;
  claimed_by_name: string | null;
  claimed_at: Date | null;
  resource_id: string | null;
  notes: NeedNote[];
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export async function loadItem(tx: Tx, id: string): Promise<ListItemRow | undefined> {
  return one<ListItemRow>(
    tx,
    `SELECT i.*, o.name AS org_name, u.name AS claimed_by_name
       FROM list_items i JOIN orgs o ON o.id = i.org_id
       LEFT JOIN users u ON u.id = i.claimed_by
      WHERE i.id = $1`,
    [id],
  );
}

/** A row as its pulled record. */
function itemRecord(i: ListItemRow): ListItemRecord {
  return {
    id: i.id,
    orgId: i.org_id,
    orgName: i.org_name,
    quarter: i.quarter,
    kind: i.kind,
    title: i.title,
    description: i.description,
    category: i.category,
    provider: i.provider,
    contact: i.contact,
    startsAt: i.starts_at ? iso(i.starts_at) : null,
    venue: i.venue,
    sourceType: i.source_type,
    sourceId: i.source_id,
    status: i.status,
    claimedGroup: i.claimed_group,
    claimedBy: i.claimed_by,
    claimedByName: i.claimed_by_name,
    claimedAt: i.claimed_at ? iso(i.claimed_at) : null,
    resourceId: i.resource_id,
    notes: i.notes,
    userId: i.created_by,
    createdAt: iso(i.created_at),
    updatedAt: iso(i.updated_at),
  };
}

export async function emitListItem(tx: Tx, id: string): Promise<void> {
  const i = await loadItem(tx, id);
  if (!i) return;
  const data = itemRecord(i);
  if (i.kind === 'activity') {
    tx.emit({ type: 'list_item', id, audience: 'organizers', orgId: i.org_id, data });
    return;
  }
  tx.emit({
    type: 'list_item',
    id,
    audience: 'private',
    orgId: i.org_id,
    ownerId: i.kind === 'need' ? i.claimed_by : i.created_by,
    groupKey: i.category,
    data,
  });
}

/** Who may act on an item, as pull's visibility rule sees it (docs/sync-protocol.md pull rule 2). */
export function itemAccess(
  viewer: Viewer,
  i: Pick<ListItemRow, 'org_id' | 'kind' | 'category' | 'claimed_by' | 'created_by'>,
) {
  const organizer = isOrganizer(viewer) && viewer.managedOrgs.includes(i.org_id);
  const groupStaff =
    i.kind !== 'activity' && i.category !== null && viewer.groups.includes(i.category);
  const owner = i.kind === 'need' ? i.claimed_by === viewer.id : i.created_by === viewer.id;
  return {
    organizer,
    groupStaff,
    sees: organizer || groupStaff || (i.kind !== 'activity' && owner),
  };
}

/** The park an item or publication belongs to: a committee or a grid (else `invalid_request`). */
export async function loadPark(tx: Tx, orgId: string): Promise<{ id: string; name: string }> {
  const org = await one<{ id: string; name: string; kind: string }>(
    tx,
    'SELECT id, name, kind FROM orgs WHERE id = $1',
    [orgId],
  );
  if (!org || !isParkKind(org.kind)) {
    throw new Reject('invalid_request', 'The three lists belong to a park committee or a grid.');
  }
  return org;
}

/**
 * Publishes the quarter's lists of a park: a snapshot of its items now, public at the park. A
 * second publication of the same quarter replaces the first (same record, new content).
 */
export async function publishLists(
  tx: Tx,
  park: { id: string; name: string },
  quarter: string,
  by: { id: string; name: string },
  now: Date,
): Promise<void> {
  const items = await tx.query<ListItemRow>(
    `SELECT i.*, '' AS org_name, NULL AS claimed_by_name FROM list_items i
      WHERE i.org_id = $1 AND i.quarter = $2 ORDER BY i.kind, i.starts_at NULLS LAST, i.created_at, i.id`,
    [park.id, quarter],
  );
  const snapshot = publicationSnapshot(items.map(itemRecord));
  const [row] = await tx.query<{ id: string; created_at: Date }>(
    `INSERT INTO list_publications (id, org_id, quarter, published_by, published_at, snapshot,
                                    created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $5, $5)
     ON CONFLICT (org_id, quarter) DO UPDATE SET published_by = excluded.published_by,
       published_at = excluded.published_at, snapshot = excluded.snapshot,
       updated_at = excluded.updated_at
     RETURNING id, created_at`,
    [randomUUID(), park.id, quarter, by.id, now, JSON.stringify(snapshot)],
  );
  const data: ListPublicationRecord = {
    id: row!.id,
    orgId: park.id,
    orgName: park.name,
    quarter,
    publishedAt: iso(now),
    publishedByName: by.name,
    ...snapshot,
    createdAt: iso(row!.created_at),
    updatedAt: iso(now),
  };
  tx.emit({ type: 'list_publication', id: row!.id, audience: 'public', orgId: park.id, data });
}
