/**
 * The messages between a tab and its sync worker (docs/sync-protocol.md, "The app side", where a sync runs).
 * The tab asks for one sync; the worker answers with the pull's progress, then with the result or
 * the failure. Errors cross as plain data and are rebuilt on the tab's side, so the scheduler maps
 * them to the same status as a sync that ran in the page.
 */
import { ApiRequestError } from './api-error.ts';
import type { SyncResult } from './engine.ts';
import { isQuotaError } from './errors.ts';
import type { PullProgress } from './pull.ts';

export interface SyncRequest {
  type: 'sync';
  id: number;
}

/** A failure as it crosses to the tab. */
export type WireError =
  | { kind: 'api'; code: string; status: number; message: string; details?: unknown }
  | { kind: 'quota'; message: string }
  | { kind: 'other'; name: string; message: string; stack?: string };

export type WorkerReply =
  | { type: 'progress'; id: number; progress: PullProgress }
  | { type: 'done'; id: number; result: SyncResult | null }
  | { type: 'failed'; id: number; error: WireError };

export function isSyncRequest(v: unknown): v is SyncRequest {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { type?: unknown }).type === 'sync' &&
    typeof (v as { id?: unknown }).id === 'number'
  );
}

export function isWorkerReply(v: unknown): v is WorkerReply {
  if (typeof v !== 'object' || v === null) return false;
  const { type, id } = v as { type?: unknown; id?: unknown };
  return (type === 'progress' || type === 'done' || type === 'failed') && typeof id === 'number';
}

function detailsOf(details: unknown): unknown {
  if (details === undefined) return undefined;
  try {
    structuredClone(details);
    return details;
  } catch {
    return undefined;
  }
}

export function toWireError(err: unknown): WireError {
  if (err instanceof ApiRequestError) {
    const details = detailsOf(err.details);
    return {
      kind: 'api',
      code: err.code,
      status: err.status,
      message: err.message,
      ...(details === undefined ? {} : { details }),
    };
  }
  if (isQuotaError(err)) {
    return { kind: 'quota', message: err instanceof Error ? err.message : String(err) };
  }
  if (err instanceof Error) {
    return {
      kind: 'other',
      name: err.name,
      message: err.message,
      ...(err.stack ? { stack: err.stack } : {}),
    };
  }
  return { kind: 'other', name: 'Error', message: String(err) };
}

/** The failure as the page would have seen it: an ApiRequestError, a quota error or an Error. */
export function fromWireError(e: WireError): Error {
  if (e.kind === 'api') return new ApiRequestError(e.code, e.status, e.message, e.details);
  if (e.kind === 'quota') {
    const err = new Error(e.message);
    err.name = 'QuotaExceededError';
    return err;
  }
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

/** What a worker's `postMessage` looks like from here (a MessagePort or a worker's scope). */
export type Post = (reply: WorkerReply) => void;

/**
 * The worker's side: runs the sync a request asks for and posts its progress and outcome. `run`
 * takes the sync lock itself; requests are answered one after another, in order.
 */
export function createSyncServer(
  run: (onProgress: (p: PullProgress) => void) => Promise<SyncResult | null>,
  post: Post,
): (data: unknown) => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return (data) => {
    if (!isSyncRequest(data)) return Promise.resolve();
    const { id } = data;
    queue = queue.then(async () => {
      try {
        const result = await run((progress) => post({ type: 'progress', id, progress }));
        post({ type: 'done', id, result });
      } catch (err) {
        post({ type: 'failed', id, error: toWireError(err) });
      }
    });
    return queue;
  };
}
