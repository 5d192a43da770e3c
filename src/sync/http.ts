import type { ApiErrorBody } from '../shared/errors.ts';
import { ApiRequestError } from './api-error.ts';

export { ApiRequestError };

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpClientOptions {
  fetch?: FetchLike;
  /** prefix for `/api/...`; '' in the app (same origin) */
  baseUrl?: string;
  token?: string | null;
  timeoutMs?: number;
  /** called before the error is thrown when the server answers 401 */
  onUnauthenticated?: () => Promise<void> | void;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

// Bound late so tests and service workers that replace globalThis.fetch are honoured.
const globalFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

/**
 * A plain fetch for public files that are not API calls (lesson media stored for offline use):
 * no token, nothing to end. Features take this one, so `fetch` itself stays out of them.
 */
export const publicFetch: FetchLike = globalFetch;

function isErrorBody(v: unknown): v is ApiErrorBody {
  if (typeof v !== 'object' || v === null || !('error' in v)) return false;
  const e = v.error;
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string';
}

interface SendInit {
  /** sent as JSON */
  json?: unknown;
  /** sent as it is (an upload), with `contentType` */
  raw?: Blob;
  contentType?: string;
  /** the caller gives up (a screen that closed) */
  signal?: AbortSignal;
}

/**
 * One request to the API with bearer auth and a timeout; resolves with the successful response
 * once `read` has consumed it (the timeout covers the body too). Every failure is an
 * ApiRequestError: `network` (no connection), `timeout`, the server's error code, or `http_<n>`.
 */
async function send<T>(
  opts: HttpClientOptions,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  init: SendInit,
  read: (res: Response) => Promise<T>,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  // No content-type without a body: Fastify refuses an empty application/json body.
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  if (init.raw !== undefined) headers['content-type'] = init.contentType ?? init.raw.type;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const giveUp = () => controller.abort();
  init.signal?.addEventListener('abort', giveUp);
  const failed = (err: unknown) =>
    // A timeout is told apart from a refused connection: both mean the server is unreachable,
    // but only the first means it may still be working on it.
    controller.signal.aborted && !init.signal?.aborted
      ? new ApiRequestError('timeout', 0, 'The server did not answer in time.')
      : new ApiRequestError('network', 0, `Network failure: ${String(err)}`);
  try {
    let res: Response;
    try {
      res = await (opts.fetch ?? globalFetch)(`${opts.baseUrl ?? ''}${path}`, {
        method,
        headers,
        body: init.raw ?? (init.json === undefined ? undefined : JSON.stringify(init.json)),
        signal: controller.signal,
      });
    } catch (err) {
      throw failed(err);
    }
    if (res.ok) {
      try {
        return await read(res);
      } catch (err) {
        if (err instanceof ApiRequestError) throw err;
        throw controller.signal.aborted ? failed(err) : err;
      }
    }
    let parsed: unknown = null;
    try {
      parsed = await res.json();
    } catch {
      // no JSON: the status says enough
    }
    if (res.status === 401) await opts.onUnauthenticated?.();
    if (isErrorBody(parsed)) {
      const { code, message, details } = parsed.error;
      throw new ApiRequestError(code, res.status, message, details);
    }
    throw new ApiRequestError(
      res.status === 401 ? 'unauthenticated' : `http_${res.status}`,
      res.status,
      `The server answered ${res.status}.`,
    );
  } finally {
    clearTimeout(timer);
    init.signal?.removeEventListener('abort', giveUp);
  }
}

async function readJson<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiRequestError('bad_response', res.status, 'The server sent no JSON.');
  }
}

/** One JSON request to the API with bearer auth and a timeout. */
export function apiRequest<T>(
  opts: HttpClientOptions,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  return send(opts, method, path, { json: body }, readJson<T>);
}

/** A file from the API (a CSV, a photo) as a Blob, with the same auth, timeout and errors. */
export function apiBlob(
  opts: HttpClientOptions,
  path: string,
  signal?: AbortSignal,
): Promise<Blob> {
  return send(opts, 'GET', path, { signal }, (res) => res.blob());
}

/** Uploads a file as the request body; the answer is JSON. */
export function apiUpload<T>(opts: HttpClientOptions, path: string, file: Blob): Promise<T> {
  return send(opts, 'POST', path, { raw: file }, readJson<T>);
}

/** A GET whose answer is a file (e.g. a CSV export), with the same auth, timeout and errors. */
export async function apiDownload(opts: HttpClientOptions, path: string): Promise<Blob> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    let res: Response;
    try {
      res = await (opts.fetch ?? globalFetch)(`${opts.baseUrl ?? ''}${path}`, {
        method: 'GET',
        headers,
        signal: controller.signal,
      });
    } catch (err) {
      throw new ApiRequestError('network', 0, `Network failure: ${String(err)}`);
    }
    if (res.ok) return await res.blob();
    if (res.status === 401) await opts.onUnauthenticated?.();
    const parsed: unknown = await res.json().catch(() => null);
    if (isErrorBody(parsed)) {
      const { code, message, details } = parsed.error;
      throw new ApiRequestError(code, res.status, message, details);
    }
    throw new ApiRequestError(
      `http_${res.status}`,
      res.status,
      `The server answered ${res.status}.`,
    );
  } finally {
    clearTimeout(timer);
  }
}
