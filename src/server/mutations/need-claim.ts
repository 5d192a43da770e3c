import { defineMutation, Reject } from './types.ts';
import { emitListItem, itemAccess, loadItem } from './lists-data.ts';
import { mayClaim, MAX_NEED_NOTES } from '../../shared/lists/rules.ts';

/**
 * A department reports for a need (部门报到): staff of the need's service group claim it for
 * their group. Only an open need can be claimed (`invalid_transition`).
 */
export default defineMutation({
  name: 'need.claim',
  async authorize({ tx, viewer }, args) {
    const need = await loadItem(tx, args.needId);
    const access = need?.kind === 'need' ? itemAccess(viewer, need) : undefined;
    if (!need || !access?.sees) throw new Reject('not_found', 'No such need.');
    if (!access.groupStaff) {
      throw new Reject('forbidden', "Only staff of the need's service group claim it.");
    }
  },
  async apply({ tx, viewer, now }, args) {
    const need = (await loadItem(tx, args.needId))!;
    if (!mayClaim(need.status!, { organizer: false, groupStaff: true })) {
      throw new Reject('invalid_transition', 'This need is no longer open.');
    }
    const note = {
      at: now.toISOString(),
      name: viewer.name,
      status: 'claimed',
      text: args.note ?? '',
    };
    await tx.query(
      `UPDATE list_items SET status = 'claimed', claimed_group = category, claimed_by = $2,
              claimed_at = $3, updated_at = $3, notes = $4::jsonb
        WHERE id = $1`,
      [args.needId, viewer.id, now, JSON.stringify([...need.notes, note].slice(-MAX_NEED_NOTES))],
    );
    await emitListItem(tx, args.needId);
  },
});
