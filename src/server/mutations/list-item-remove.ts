import { defineMutation, Reject } from './types.ts';
import { emitListItem, itemAccess, loadItem } from './lists-data.ts';

/**
 * Takes an item off the lists: the organizers managing its park, or, for a resource, the staff of
 * its group. A need matched with a removed resource loses the match (and is sent again). Pull
 * receives a tombstone; the published snapshot keeps what was published until the next one.
 */
export default defineMutation({
  name: 'list_item.remove',
  async authorize({ tx, viewer }, args) {
    const item = await loadItem(tx, args.itemId);
    const access = item ? itemAccess(viewer, item) : undefined;
    if (!item || !access?.sees) throw new Reject('not_found', 'No such item.');
    if (!access.organizer && !(item.kind === 'resource' && access.groupStaff)) {
      throw new Reject('forbidden', "Only the park's organizers take items off its lists.");
    }
  },
  async apply({ tx }, args) {
    const matched = await tx.query<{ id: string }>(
      `UPDATE list_items SET resource_id = NULL, updated_at = now()
        WHERE resource_id = $1 RETURNING id`,
      [args.itemId],
    );
    await tx.query('DELETE FROM list_items WHERE id = $1', [args.itemId]);
    tx.emit({ type: 'list_item', id: args.itemId, deleted: true });
    for (const m of matched) await emitListItem(tx, m.id);
  },
});
