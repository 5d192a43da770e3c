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

function isErrorBody(v: unknown): v is ApiErrorBody {
  if (typeof v !== 'object' || v === null || !('error' in v)) return false;
  const e = v.error;
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string';
}

/** One JSON request to the API with bearer auth and a timeout. */
export async function apiRequest<T>(
  opts: HttpClientOptions,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  // No content-type without a body: Fastify refuses an empty application/json body.
  if (body !== undefined) headers['content-type'] = 'application/json';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let res: Response;
  try {
    res = await (opts.fetch ?? globalFetch)(`${opts.baseUrl ?? ''}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
  } catch (err) {
    // A timeout is told apart from a refused connection: both mean the server is unreachable,
    // but only the first means it may be working on it.
    if (controller.signal.aborted) {
      throw new ApiRequestError('timeout', 0, 'The server did not answer in time.');
    }
    throw new ApiRequestError('network', 0, `Network failure: ${String(err)}`);
  } finally {
    clearTimeout(timer);
  }
  if (res.status === 204) return undefined as T;
  let parsed: unknown = null;
  try {
    parsed = await res.json();
  } catch {
    if (res.ok) throw new ApiRequestError('bad_response', res.status, 'The server sent no JSON.');
  }
  if (res.ok) return parsed as T;
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
}
