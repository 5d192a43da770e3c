import { useLiveQuery } from 'dexie-react-hooks';
import type { SessionUser } from '../shared/protocol.ts';
import { db as defaultDb } from '../db/db.ts';
import { readSession, type MemberCard } from '../db/meta.ts';

// Who is signed in, for every screen. Signing in and out (sign-in.ts) load with their screens.
export interface SessionView {
  user: SessionUser | null;
  card: MemberCard | null;
  /** false until the stored session has been read */
  ready: boolean;
  /** the server refused the token (401): show sign-in; the user's data and queue are kept */
  expired: boolean;
}

export function useSession(): SessionView {
  const session = useLiveQuery(() => readSession(defaultDb), []);
  return {
    user: session?.user ?? null,
    card: session?.card ?? null,
    ready: session !== undefined,
    expired: !!session && session.token === null,
  };
}
