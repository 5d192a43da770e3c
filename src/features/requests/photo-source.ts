import { getFile } from '../../sync/api.ts';

/**
 * An object URL for a request photo. Queued photos carry their bytes as a data: URL; synced ones are
 * fetched from the authorised route with the bearer token (an <img src> could not send it), and the
 * browser's private cache keeps them for next time.
 */
export async function loadPhoto(url: string, signal?: AbortSignal): Promise<string> {
  if (url.startsWith('data:')) return url;
  return URL.createObjectURL(await getFile(url, signal));
}
