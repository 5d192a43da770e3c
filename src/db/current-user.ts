import type { SessionUser } from '../shared/protocol.ts';
import { db, type LianxinDB } from './db.ts';
import { readSession } from './meta.ts';

/** The signed-in user (also while their token has expired: their data and queue stay theirs). */
export function currentUser(d: LianxinDB = db): Promise<SessionUser | null> {
  return readSession(d).then((s) => s?.user ?? null);
}

/** For feature hooks: `useLiveQuery(async () => { const uid = await currentUserId(); ... })`. */
export function currentUserId(d: LianxinDB = db): Promise<string | null> {
  return currentUser(d).then((u) => u?.id ?? null);
}
