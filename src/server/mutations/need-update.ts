import { defineMutation, Reject } from './types.ts';
import { emitListItem, itemAccess, loadItem } from './lists-data.ts';
import { mayMoveNeed, MAX_NEED_NOTES, noteRequired } from '../../shared/lists/rules.ts';

/**
 * Works a need to closure: staff of its service group or the organizers managing its park move it
 * (`mayMoveNeed` in src/shared/lists/rules.ts, else `invalid_transition`) or add a note. Closing
 * needs a note saying how it was met; an update with neither a move nor a note is
 * `invalid_request`. Back to `open` hands a claimed need back: the claim is cleared.
 */
export default defineMutation({
  name: 'need.update',
  async authorize({ tx, viewer }, args) {
    const need = await loadItem(tx, args.needId);
    const access = need?.kind === 'need' ? itemAccess(viewer, need) : undefined;
    if (!need || !access?.sees) throw new Reject('not_found', 'No such need.');
    if (!access.organizer && !access.groupStaff) {
      throw new Reject('forbidden', "Only the need's department or the park's organizers work it.");
    }
  },
  async apply({ tx, viewer, now }, args) {
    const need = (await loadItem(tx, args.needId))!;
    const access = itemAccess(viewer, need);
    const to = args.to ?? null;
    const note = args.note ?? '';
    if (!to && !note)
      throw new Reject('invalid_request', 'Say what changed: a new state or a note.');
    if (noteRequired(to ?? undefined) && !note) {
      throw new Reject('invalid_request', 'Closing a need says how it was met.');
    }
    if (to && !mayMoveNeed(need.status!, to, access)) {
      throw new Reject('invalid_transition', 'This need cannot move to that state now.');
    }
    const notes = [
      ...need.notes,
      { at: now.toISOString(), name: viewer.name, status: to, text: note },
    ];
    const release = to === 'open';
    await tx.query(
      `UPDATE list_items SET status = coalesce($2, status), notes = $3::jsonb, updated_at = $4,
              claimed_group = CASE WHEN $5 THEN NULL ELSE claimed_group END,
              claimed_by = CASE WHEN $5 THEN NULL ELSE claimed_by END,
              claimed_at = CASE WHEN $5 THEN NULL ELSE claimed_at END
        WHERE id = $1`,
      [args.needId, to, JSON.stringify(notes.slice(-MAX_NEED_NOTES)), now, release],
    );
    await emitListItem(tx, args.needId);
  },
});
