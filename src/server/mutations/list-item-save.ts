import { defineMutation, Reject } from './types.ts';
import { isOrganizer, isStaff } from '../auth/viewer.ts';
import { emitListItem, itemAccess, loadItem, loadPark } from './lists-data.ts';

/**
 * Adds or edits one item of a park's quarter lists (docs/organisation.md, "The three lists"):
 * organizers managing the park enter any item; staff post resources of their own service groups.
 * Needs and resources name a service group; an item never changes park, quarter or kind.
 */
export default defineMutation({
  name: 'list_item.save',
  async authorize({ tx, viewer }, args) {
    const organizer = isOrganizer(viewer) && viewer.managedOrgs.includes(args.orgId);
    const department =
      args.kind === 'resource' &&
      isStaff(viewer) &&
      args.category != null &&
      viewer.groups.includes(args.category);
    if (!organizer && !department) {
      throw new Reject(
        'forbidden',
        "Only the park's organizers keep its lists; departments post resources of their groups.",
      );
    }
    const existing = await loadItem(tx, args.id);
    if (existing && !itemAccess(viewer, existing).sees) {
      throw new Reject('conflict', 'This id belongs to another record.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    const park = await loadPark(tx, args.orgId);
    if (args.kind !== 'activity' && !args.category) {
      throw new Reject(
        'invalid_request',
        'A need or a resource names the service group it is for.',
      );
    }
    const existing = await loadItem(tx, args.id);
    if (
      existing &&
      (existing.org_id !== park.id ||
        existing.quarter !== args.quarter ||
        existing.kind !== args.kind)
    ) {
      throw new Reject('invalid_request', 'An item keeps its park, quarter and kind.');
    }
    const fields = [
      args.title,
      args.description,
      args.kind === 'activity' ? null : (args.category ?? null),
      args.kind === 'resource' ? args.provider || null : null,
      args.kind === 'resource' ? args.contact || null : null,
      args.kind === 'activity' ? (args.startsAt ?? null) : null,
      args.kind === 'activity' ? args.venue || null : null,
      args.sourceType ?? null,
      args.sourceType ? (args.sourceId ?? null) : null,
    ];
    const written = await tx.query(
      `INSERT INTO list_items (title, description, category, provider, contact, starts_at, venue,
                               source_type, source_id, id, org_id, quarter, kind, status,
                               created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description,
         category = excluded.category, provider = excluded.provider, contact = excluded.contact,
         starts_at = excluded.starts_at, venue = excluded.venue,
         source_type = excluded.source_type, source_id = excluded.source_id,
         updated_at = excluded.updated_at
       WHERE (list_items.title, list_items.description, list_items.category, list_items.provider,
              list_items.contact, list_items.starts_at, list_items.venue, list_items.source_type,
              list_items.source_id)
             IS DISTINCT FROM ($1, $2, $3, $4, $5, $6::timestamptz, $7, $8, $9::uuid)
       RETURNING id`,
      [
        ...fields,
        args.id,
        park.id,
        args.quarter,
        args.kind,
        args.kind === 'need' ? 'open' : null,
        viewer.id,
        now,
      ],
    );
    if (!written.length) return; // the same save again changes nothing
    await emitListItem(tx, args.id);
  },
});
