import type { Tx } from '../database/db.ts';
import { CLIENT_MARKER } from '../database/change-log.ts';

/**
 * After a move in the tree: organizers and admins whose sight of the moved records changed while
 * their own org, path and roles did not (docs/organisation.md, "A move and stale records"). Those
 * sitting on `lost` (the old place's ancestors, not also above the new place) no longer receive
 * the moved records and hold stale copies; those on `gained` manage records whose versions their
 * cursor has already passed. Each gets a new view epoch, so their next pull answers `reset` (pull
 * rule 5) and rebuilds their phone's copy, and a hidden change-log row of their own, so their live
 * streams are poked and the idle shortcut does not answer for them.
 */
export async function resetSight(
  tx: Tx,
  lost: readonly string[],
  gained: readonly string[] = [],
): Promise<string[]> {
  const orgs = [...new Set([...lost, ...gained])];
  if (!orgs.length) return [];
  const rows = await tx.query<{ id: string }>(
    `UPDATE users SET view_epoch = view_epoch + 1
      WHERE org_id = ANY($1::uuid[]) AND roles && ARRAY['organizer', 'admin']
      RETURNING id`,
    [orgs],
  );
  for (const r of rows) tx.emit({ type: CLIENT_MARKER, id: r.id, marker: true, userId: r.id });
  return rows.map((r) => r.id);
}

/** The orgs on `from` that are not on `to` (two ancestor paths). */
export const onlyOn = (from: readonly string[], to: readonly string[]) =>
  from.filter((o) => !to.includes(o));
