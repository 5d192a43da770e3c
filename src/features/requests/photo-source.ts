import { db } from '../../db/db.ts';
import { readSession } from '../../db/meta.ts';

/**
 * An object URL for a request photo. Queued photos carry their bytes as a data: URL; synced ones are
 * fetched from the authorised route with the bearer token (an <img src> could not send it), and the
 * browser's private cache keeps them for next time.
 */
export async function loadPhoto(url: string, signal?: AbortSignal): Promise<string> {
  if (url.startsWith('data:')) return url;
  const token = (await readSession(db))?.token;
  const res = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(signal ? { signal } : {}),
  });
  if (!res.ok) throw new Error(`photo ${res.status}`);
  return URL.createObjectURL(await res.blob());
}
