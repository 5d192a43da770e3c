import type { SessionUser } from '../shared/protocol.ts';
import { db, type LianxinDB } from './db.ts';
import { readSession } from './meta.ts';

/** The signed-in user (also while their token has expired: their data and queue stay theirs). */
export async function currentUser(d: LianxinDB = db): Promise<SessionUser | null> {
  return (await readSession(d))?.user ?? null;
}

/** For feature hooks: `useLiveQuery(async () => { const uid = await currentUserId(); ... })`. */
export async function currentUserId(d: LianxinDB = db): Promise<string | null> {
  return (await currentUser(d))?.id ?? null;
}
