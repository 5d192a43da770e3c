import type { LoginResponse, SessionUser } from '../shared/protocol.ts';
import { clearRecords } from '../db/clear-records.ts';
import { db as defaultDb, type LianxinDB } from '../db/db.ts';
import {
  META,
  readSession,
  readString,
  writeMeta,
  type MemberCard,
  type StoredSession,
} from '../db/meta.ts';
import { apiRequest, ApiRequestError, type FetchLike } from './http.ts';
import { syncNow } from './scheduler.ts';

export interface SessionDeps {
  db: LianxinDB;
  fetch?: FetchLike;
  baseUrl?: string;
}

const LOGOUT_TIMEOUT_MS = 5_000;

function isLoginResponse(v: unknown): v is LoginResponse {
  if (typeof v !== 'object' || v === null || !('token' in v) || !('user' in v)) return false;
  const { token, user } = v;
  return (
    typeof token === 'string' &&
    typeof user === 'object' &&
    user !== null &&
    'id' in user &&
    typeof user.id === 'string'
  );
}

/**
 * Signs in and makes the device this user's (docs/sync-protocol.md "The app side"): another user's records and
 * cursor go, but their outbox stays, keyed by their id, never shown or sent for anyone else. The
 * same user coming back finds their queue and data as they left them.
 */
export async function signInWith(
  deps: SessionDeps,
  login: string,
  password: string,
): Promise<SessionUser> {
  return adopt(deps, '/api/auth/login', { login, password });
}

/**
 * First sign-in with a one-time activation code (docs/sync-protocol.md, "Endpoints, v1.1"): the
 * server sets the password and answers as login does, so the device is made this user's the same way.
 */
export async function activateWith(
  deps: SessionDeps,
  body: { login: string; code: string; password: string },
): Promise<SessionUser> {
  return adopt(deps, '/api/auth/activate', body);
}

async function adopt(deps: SessionDeps, path: string, body: unknown): Promise<SessionUser> {
  const d = deps.db;
  const http = { fetch: deps.fetch, baseUrl: deps.baseUrl };
  // Loaded here, not with the first screen (it brings the mutators); never inside the transaction.
  const { rebase } = await import('../db/rebase.ts');
  const res = await apiRequest<unknown>(http, 'POST', path, body);
  if (!isLoginResponse(res))
    throw new ApiRequestError('bad_response', 200, 'Unexpected sign-in answer.');
  const { token, user } = res;
  await d.transaction('rw', d.tables, async () => {
    const previous = await readSession(d);
    if ((await readString(d, META.dataUser)) !== user.id) {
      await clearRecords(d);
      await writeMeta(d, META.dataUser, user.id);
    }
    const card = previous?.user.id === user.id ? previous.card : null;
    await writeMeta(d, META.session, { token, user, card } satisfies StoredSession);
    // This user's queued changes (perhaps from before someone else used the phone) show again.
    await rebase(d, user);
  });
  try {
    const fresh = await apiRequest<MemberCard>({ ...http, token }, 'GET', '/api/me/card');
    await d.transaction('rw', d.meta, async () => {
      const s = await readSession(d);
      if (s?.token === token)
        await writeMeta(d, META.session, { ...s, card: fresh } satisfies StoredSession);
    });
  } catch {
    // The next sync fetches the card again.
  }
  return user;
}

/**
 * Forgets the token at once (works offline). The outbox stays for when this user signs in again;
 * the records stay until another user signs in. The server logout is best-effort.
 */
export async function signOutWith(deps: SessionDeps): Promise<void> {
  const d = deps.db;
  const session = await readSession(d);
  await d.transaction('rw', d.meta, async () => {
    await d.meta.delete(META.session);
  });
  if (!session?.token) return;
  try {
    await apiRequest<void>(
      {
        fetch: deps.fetch,
        baseUrl: deps.baseUrl,
        token: session.token,
        timeoutMs: LOGOUT_TIMEOUT_MS,
      },
      'POST',
      '/api/auth/logout',
    );
  } catch {
    // Offline or already expired: the token dies on the server by its expiry.
  }
}

export async function signIn(login: string, password: string): Promise<SessionUser> {
  const user = await signInWith({ db: defaultDb }, login, password);
  void syncNow();
  return user;
}

export async function activate(body: {
  login: string;
  code: string;
  password: string;
}): Promise<SessionUser> {
  const user = await activateWith({ db: defaultDb }, body);
  void syncNow();
  return user;
}

export function signOut(): Promise<void> {
  return signOutWith({ db: defaultDb });
}
