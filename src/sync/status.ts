// placeholder: replaced by the sync engine at merge
export interface SyncStatus {
  online: boolean;
  pending: number;
  syncing: boolean;
  lastSyncedAt: string | null;
  refused: number;
  error: string | null;
  progress: { done: number; total: number | null } | null;
}

export interface RefusedItem {
  id: number;
  name: string;
  code: string;
  message: string;
  at: string;
}

export function useSyncStatus(): SyncStatus {
  return {
    online: true,
    pending: 0,
    syncing: false,
    lastSyncedAt: null,
    refused: 0,
    error: null,
    progress: null,
  };
}

export function syncNow(): void {}

export function startSync(): () => void {
  return () => {};
}

export function useRefused(): RefusedItem[] {
  return [];
}

export async function dismissRefused(_id: number): Promise<void> {}
