import { defineMutation, Reject } from './types.ts';
import { emitListItem, itemAccess, loadItem } from './lists-data.ts';

/**
 * Matches a need with a resource of the same park's lists (or undoes it with null): the
 * organizers managing the park, or staff of the need's group with a resource they can see. A
 * resource of another park or quarter, or an item that is no resource, is `invalid_request`.
 */
export default defineMutation({
  name: 'need.match',
  async authorize({ tx, viewer }, args) {
    const need = await loadItem(tx, args.needId);
    const access = need?.kind === 'need' ? itemAccess(viewer, need) : undefined;
    if (!need || !access?.sees) throw new Reject('not_found', 'No such need.');
    if (!access.organizer && !access.groupStaff) {
      throw new Reject(
        'forbidden',
        "Only the need's department or the park's organizers match it.",
      );
    }
    if (args.resourceId) {
      const resource = await loadItem(tx, args.resourceId);
      if (!resource || !itemAccess(viewer, resource).sees) {
        throw new Reject('not_found', 'No such resource.');
      }
    }
  },
  async apply({ tx, now }, args) {
    const need = (await loadItem(tx, args.needId))!;
    if (args.resourceId) {
      const resource = (await loadItem(tx, args.resourceId))!;
      if (
        resource.kind !== 'resource' ||
        resource.org_id !== need.org_id ||
        resource.quarter !== need.quarter
      ) {
        throw new Reject('invalid_request', 'A need is matched with a resource of its own lists.');
      }
    }
    if ((need.resource_id ?? null) === args.resourceId) return;
    await tx.query('UPDATE list_items SET resource_id = $2, updated_at = $3 WHERE id = $1', [
      args.needId,
      args.resourceId,
      now,
    ]);
    await emitListItem(tx, args.needId);
  },
});
