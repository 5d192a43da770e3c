import { useEffect, useState } from 'react';
import { db as defaultDb, type LianxinDB } from '../db/db.ts';
import { META, writeMeta } from '../db/meta.ts';

/**
 * Asks once for persistent storage, so Safari does not evict the queue after days unused
 * (docs/sync-protocol.md pitfalls). Returns whether storage is persistent, or null where the API is missing.
 */
export async function requestPersistentStorage(d: LianxinDB = defaultDb): Promise<boolean | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage || typeof storage.persist !== 'function') return null;
  if (await storage.persisted()) return true;
  if ((await d.meta.get(META.persist)) !== undefined) return false;
  const granted = await storage.persist();
  await writeMeta(d, META.persist, { granted, at: new Date().toISOString() });
  return granted;
}

export interface StorageEstimateInfo {
  usage: number;
  quota: number;
}

/** Space used and available for this site, refreshed every minute; null where unknown. */
export function useStorageEstimate(): StorageEstimateInfo | null {
  const [estimate, setEstimate] = useState<StorageEstimateInfo | null>(null);
  useEffect(() => {
    const storage = globalThis.navigator?.storage;
    if (!storage || typeof storage.estimate !== 'function') return;
    let live = true;
    const refresh = () =>
      void storage.estimate().then(
        (e) => {
          if (live && e.usage !== undefined && e.quota !== undefined) {
            setEstimate({ usage: e.usage, quota: e.quota });
          }
        },
        () => undefined,
      );
    refresh();
    const timer = setInterval(refresh, 60_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return estimate;
}
