import type { SessionUser } from '../shared/protocol.ts';
import type { LianxinDB } from './db.ts';

/** The member card token, kept so the card shows with no network. */
export interface MemberCard {
  token: string;
  expiresAt: string;
}

export interface StoredSession {
  /** null after a 401: the user is remembered (their outbox waits) but must sign in again */
  token: string | null;
  user: SessionUser;
  card: MemberCard | null;
}

export const META = {
  session: 'session',
  /** whose records fill the record tables (may outlive the session: see sign-in) */
  dataUser: 'dataUser',
  cursor: 'cursor',
  lastSyncedAt: 'lastSyncedAt',
  persist: 'persist',
  clientId: (userId: string) => `clientId:${userId}`,
  /** the highest seq of this clientId the server told us it has processed (docs/sync-protocol.md push rule 8) */
  confirmedSeq: (clientId: string) => `confirmedSeq:${clientId}`,
} as const;

/*
 * The readers below return Dexie's own promises (`.then` chains, no `async`): live queries await
 * them, and Dexie keeps a live query's observation zone across an await of its own promise, but
 * not reliably across several nested native async functions. A querier that lost its zone reads
 * without registering what it read, and then misses the changes to it.
 */
function read(d: LianxinDB, key: string): Promise<unknown> {
  return d.meta.get(key).then((row) => row?.value);
}

export async function writeMeta(d: LianxinDB, key: string, value: unknown): Promise<void> {
  await d.meta.put({ key, value });
}

const isString = (v: unknown): v is string => typeof v === 'string';

export function readString(d: LianxinDB, key: string): Promise<string | null> {
  return read(d, key).then((v) => (isString(v) ? v : null));
}

export function readNumber(d: LianxinDB, key: string): Promise<number> {
  return read(d, key).then((v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0));
}

function isSession(v: unknown): v is StoredSession {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<StoredSession>;
  return (s.token === null || isString(s.token)) && typeof s.user === 'object' && s.user !== null;
}

export function readSession(d: LianxinDB): Promise<StoredSession | null> {
  return read(d, META.session).then((v) => (isSession(v) ? v : null));
}
