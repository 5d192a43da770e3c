import { useLiveQuery } from 'dexie-react-hooks';
import { create } from 'zustand';
import { db } from '../db/db.ts';
import { currentUserId } from '../db/current-user.ts';
import { META, readString } from '../db/meta.ts';
import type { PullProgress } from './pull.ts';

/** In-memory sync state of this tab; counts come from the database so every tab agrees. */
export interface SyncRunState {
  online: boolean;
  syncing: boolean;
  /** code of the last failure (ApiRequestError.code, e.g. network, unauthenticated, client_outdated) */
  error: string | null;
  progress: PullProgress | null;
}

export const useSyncStore = create<SyncRunState>(() => ({
  online: globalThis.navigator?.onLine ?? true,
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
        db.refused.where('userId').equals(uid).count(),
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
  code: string;
  message: string;
  at: string;
}

/** What the server refused for the current user, newest first (SYNC.md push rule 4). */
export function useRefused(): RefusedItem[] {
  return (
    useLiveQuery(async () => {
      const uid = await currentUserId(db);
      if (!uid) return [];
      const rows = await db.refused.where('userId').equals(uid).reverse().sortBy('at');
      return rows.flatMap((r) =>
        r.id === undefined
          ? []
          : [{ id: r.id, name: r.name, code: r.code, message: r.message, at: r.at }],
      );
    }, []) ?? []
  );
}

export async function dismissRefused(id: number): Promise<void> {
  await db.refused.delete(id);
}

export { startSync, syncNow } from './scheduler.ts';
