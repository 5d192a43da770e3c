import { db } from '../db/db.ts';
import { readSession } from '../db/meta.ts';
import { apiBlob, apiRequest, apiUpload, ApiRequestError, type HttpClientOptions } from './http.ts';
import { markSessionExpired } from './session-expiry.ts';

/** Media uploads are large: they get longer than a sync request before they count as lost. */
const UPLOAD_TIMEOUT_MS = 5 * 60_000;

/**
 * The signed-in user's HTTP client, for the few calls that are not sync (downloads, uploads, the
 * organizers' ranking): bearer token, timeout, and a 401 ends the session as a sync's would, so
 * the screen asks to sign in again instead of failing quietly.
 */
async function client(extra: Partial<HttpClientOptions> = {}): Promise<HttpClientOptions> {
  const token = (await readSession(db))?.token;
  if (!token) throw new ApiRequestError('unauthenticated', 401, 'Sign in again.');
  return { token, onUnauthenticated: () => markSessionExpired(db, token), ...extra };
}

export async function getJson<T>(path: string): Promise<T> {
  return apiRequest<T>(await client(), 'GET', path);
}

/** A JSON call that changes something on the server (not a sync mutation: a device's settings). */
export async function sendJson<T>(
  method: 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  return apiRequest<T>(await client(), method, path, body);
}

export async function getFile(path: string, signal?: AbortSignal): Promise<Blob> {
  return apiBlob(await client(), path, signal);
}

export async function uploadFile<T>(path: string, file: Blob): Promise<T> {
  return apiUpload<T>(await client({ timeoutMs: UPLOAD_TIMEOUT_MS }), path, file);
}
