/**
 * One sync at a time across every tab and the service worker (docs/sync-protocol.md pitfalls: several tabs).
 * Without Web Locks each context still runs one at a time, and a pull page whose starting cursor
 * moved meanwhile is dropped (apply-page.ts), so overlapping runs stay correct, only wasteful.
 */
export const SYNC_LOCK = 'lianxin-sync';

export async function withSyncLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks || typeof locks.request !== 'function') return fn();
  return await locks.request(SYNC_LOCK, () => fn());
}
