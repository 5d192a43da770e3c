/**
 * The tab's side of the sync worker (docs/sync-protocol.md, "The app side", where a sync runs). A tab starts one
 * dedicated worker the first time it syncs and keeps it; each sync is one request. Where no worker
 * can run (no Worker constructor, as in the unit tests' jsdom, or a worker that failed to load or
 * crashed) the sync rejects with WorkerUnavailable and the scheduler runs it in the page instead.
 */
import type { SyncResult } from './engine.ts';
import type { PullProgress } from './pull.ts';
import { fromWireError, isWorkerReply, type SyncRequest } from './worker-protocol.ts';

/** No worker to sync in: run the sync in the page. */
export class WorkerUnavailable extends Error {
  override readonly name = 'WorkerUnavailable';
  constructor(override readonly cause?: unknown) {
    super('The sync worker is not available.');
  }
}

/** The part of a Worker used here. */
export interface WorkerLike {
  postMessage(message: SyncRequest): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(
    type: 'error' | 'messageerror',
    listener: (event: { preventDefault?: () => void }) => void,
  ): void;
  terminate(): void;
}

export interface WorkerSync {
  /** One sync in the worker; resolves as the engine's sync() would, or rejects with its failure. */
  sync(onProgress: (p: PullProgress) => void): Promise<SyncResult | null>;
}

interface Pending {
  resolve: (r: SyncResult | null) => void;
  reject: (err: unknown) => void;
  onProgress: (p: PullProgress) => void;
}

/** `spawn` returns null where this context cannot start a worker. */
export function createWorkerSync(spawn: () => WorkerLike | null): WorkerSync {
  let worker: WorkerLike | null = null;
  let broken: unknown = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  // A worker that reports an error outside a sync (its script did not load, or it crashed) is
  // not asked again: terminating it releases any lock it held, and what it was doing is retried
  // in the page. The engine's own failures arrive as `failed` replies, never as error events.
  const giveUp = (cause: unknown) => {
    broken = cause ?? new Error('the sync worker failed');
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(new WorkerUnavailable(broken));
  };

  const start = (): WorkerLike => {
    if (worker) return worker;
    const w = spawn();
    if (!w) throw new Error('no Worker in this context');
    w.addEventListener('message', ({ data }) => {
      if (!isWorkerReply(data)) return;
      const p = pending.get(data.id);
      if (!p) return;
      if (data.type === 'progress') {
        p.onProgress(data.progress);
        return;
      }
      pending.delete(data.id);
      if (data.type === 'done') p.resolve(data.result);
      else p.reject(fromWireError(data.error));
    });
    w.addEventListener('error', (event) => {
      event.preventDefault?.();
      giveUp(event);
    });
    w.addEventListener('messageerror', (event) => giveUp(event));
    worker = w;
    return w;
  };

  return {
    sync(onProgress) {
      if (broken !== null) return Promise.reject(new WorkerUnavailable(broken));
      let w: WorkerLike;
      try {
        w = start();
      } catch (err) {
        // No Worker here, or the constructor refused (a policy, a browser without module workers).
        broken = err;
        return Promise.reject(new WorkerUnavailable(err));
      }
      const id = nextId++;
      return new Promise<SyncResult | null>((resolve, reject) => {
        pending.set(id, { resolve, reject, onProgress });
        w.postMessage({ type: 'sync', id });
      });
    },
  };
}

/** The app's worker, or null where this context cannot start one. */
export function spawnSyncWorker(): WorkerLike | null {
  if (typeof Worker !== 'function') return null;
  return new Worker(new URL('./sync-worker.ts', import.meta.url), {
    type: 'module',
    name: 'lianxin-sync',
  });
}
