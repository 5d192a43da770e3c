import type { SessionUser } from '../shared/protocol.ts';
import type { LianxinDB } from './db.ts';
import { parseMutation, runMutator } from './mutators/index.ts';
import { overlayTx, revertOverlay } from './overlay.ts';

/**
 * Re-runs the user's queued mutations over the current tables, oldest first, so pending writes stay
 * visible over fresh server state. Runs inside the caller's rw transaction.
 */
export async function reapplyOutbox(d: LianxinDB, user: SessionUser): Promise<void> {
  // The userId index keeps equal keys in primary-key order: the order the user made the changes.
  const entries = await d.outbox.where('userId').equals(user.id).toArray();
  const tx = overlayTx(d);
  for (const entry of entries) {
    // A stored mutation is parsed again at this boundary (ARCHITECTURE habit 3): an older build may
    // have queued something this one no longer accepts. The server will refuse it; show nothing.
    const m = parseMutation(entry.name, entry.args);
    if (!m) continue;
    try {
      await runMutator(tx, m.name, m.args, { user, now: entry.at });
    } catch (err) {
      // A mutator bug must not block applying server state; the entry still goes to the server.
      console.error('local mutator failed during rebase', entry.name, err);
    }
  }
}

/** Server state (overlay reverted) with the outbox on top again. */
export async function rebase(d: LianxinDB, user: SessionUser): Promise<void> {
  await revertOverlay(d);
  await reapplyOutbox(d, user);
}
