import { useLiveQuery } from 'dexie-react-hooks';
import type { SessionUser } from '../shared/protocol.ts';
import { db as defaultDb } from '../db/db.ts';
import { readSession, type MemberCard, type StoredSession } from '../db/meta.ts';

// Who is signed in, for every screen. Signing in and out (sign-in.ts) load with their screens.
export interface SessionView {
  user: SessionUser | null;
  card: MemberCard | null;
  /** false until the stored session has been read */
  ready: boolean;
  /** the server refused the token (401): show sign-in; the user's data and queue are kept */
  expired: boolean;
}

/**
 * The stored session as read before the first render (preloadSession), for the screens of that
 * render only: it is forgotten as soon as a live query has read the session itself, so a screen
 * mounted later (after signing in or out) never starts from this old value.
 */
let preloaded: StoredSession | null | undefined;

/**
 * Reads the stored session once before React's first render, so the first render already
 * knows who is signed in and draws the page, not a loading line (docs/performance.md, "Offline
 * start"). The live query in useSession takes over from there. Never rejects.
 */
export function preloadSession(): Promise<void> {
  return readSession(defaultDb).then(
    (session) => {
      preloaded = session;
    },
    () => undefined,
  );
}

export function useSession(): SessionView {
  const session = useLiveQuery(
    () =>
      readSession(defaultDb).then((s) => {
        preloaded = undefined;
        return s;
      }),
    [],
    preloaded,
  );
  return {
    user: session?.user ?? null,
    card: session?.card ?? null,
    ready: session !== undefined,
    expired: !!session && session.token === null,
  };
}
