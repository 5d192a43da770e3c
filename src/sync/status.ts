import { useLiveQuery } from 'dexie-react-hooks';
import { create } from 'zustand';
import { db } from '../db/db.ts';
import { currentUserId } from '../db/current-user.ts';
import { META, readString } from '../db/meta.ts';
import { refusalTarget } from '../db/refused.ts';
import type { PullProgress } from './pull.ts';

/** In-memory sync state of this tab; counts come from the database so every tab agrees. */
export interface SyncRunState {
  /** the browser says it has a network (navigator.onLine; false is reliable, true is not) */
  online: boolean;
  /** the network is there but the server did not answer: refused the connection, timed out or
   * failed with a 5xx. Cleared by the next sync that reaches it. */
  unreachable: boolean;
  syncing: boolean;
  /** code of the last failure (ApiRequestError.code, e.g. network, unauthenticated, client_outdated) */
  error: string | null;
  progress: PullProgress | null;
}

export const useSyncStore = create<SyncRunState>(() => ({
  online: globalThis.navigator?.onLine ?? true,
  unreachable: false,
  syncing: false,
  error: null,
  progress: null,
}));

export interface SyncStatus extends SyncRunState {
  pending: number;
  refused: number;
  lastSyncedAt: string | null;
}

const NO_COUNTS = { pending: 0, refused: 0, lastSyncedAt: null };

export function useSyncStatus(): SyncStatus {
  const run = useSyncStore();
  const counts = useLiveQuery(
    async () => {
      const uid = await currentUserId(db);
      if (!uid) return NO_COUNTS;
      const [pending, refused, lastSyncedAt] = await Promise.all([
        db.outbox.where('userId').equals(uid).count(),
        db.refused
          .where('userId')
          .equals(uid)
          .filter((r) => !r.settledAt)
          .count(),
        readString(db, META.lastSyncedAt),
      ]);
      return { pending, refused, lastSyncedAt };
    },
    [],
    NO_COUNTS,
  );
  return { ...run, ...counts };
}

export interface RefusedItem {
  id: number;
  name: string;
  /** the record it was about (event, request, venue…), so its screen can show it there */
  target: string | null;
  code: string;
  message: string;
  at: string;
}

/** What the server refused for the current user, newest first (docs/sync-protocol.md, Push rule 4). */
export function useRefused(): RefusedItem[] {
  return (
    useLiveQuery(async () => {
      const uid = await currentUserId(db);
      if (!uid) return [];
      const rows = await db.refused
        .where('userId')
        .equals(uid)
        .filter((r) => !r.settledAt)
        .reverse()
        .sortBy('at');
      return rows.flatMap((r) =>
        r.id === undefined
          ? []
          : [
              {
                id: r.id,
                name: r.name,
                target: refusalTarget(r.args),
                code: r.code,
                message: r.message,
                at: r.at,
              },
            ],
      );
    }, []) ?? []
  );
}

export async function dismissRefused(id: number): Promise<void> {
  await db.refused.delete(id);
}

/** "Got it" for every refusal of the current user at once (from the header). */
export async function dismissAllRefused(): Promise<void> {
  const uid = await currentUserId(db);
  if (uid) await db.refused.where('userId').equals(uid).delete();
}

export { startSync, syncNow } from './scheduler.ts';
