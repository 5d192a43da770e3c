import type { LianxinDB } from '../db/db.ts';
import { META, readSession, writeMeta, type StoredSession } from '../db/meta.ts';

/** Forgets the token after a 401, keeping user, data and outbox (docs/sync-protocol.md, "The app side"). */
export async function markSessionExpired(d: LianxinDB, token: string): Promise<void> {
  await d.transaction('rw', d.meta, async () => {
    const s = await readSession(d);
    if (s?.token === token)
      await writeMeta(d, META.session, { ...s, token: null } satisfies StoredSession);
  });
}
