import { lessonAssets, type LessonAsset } from './lesson-assets.ts';

/** The service worker serves /api/media/ from this cache, slicing it for Range requests (src/sw.ts). */
export const MEDIA_CACHE = 'lesson-media';

export interface DownloadDeps {
  caches: Pick<CacheStorage, 'open'>;
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
}

export interface DownloadProgress {
  loaded: number;
  total: number;
}

export class DownloadError extends Error {
  constructor(
    readonly code: 'offline' | 'http' | 'quota' | 'aborted',
    message: string,
  ) {
    super(message);
  }
}

const isQuota = (e: unknown) =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);

/**
 * Fetches one file as a stream, counting bytes as they come, and stores it as a full 200
 * response: the service worker answers Range requests (seeking) from a complete copy.
 */
async function fetchAsset(
  deps: DownloadDeps,
  cache: Cache,
  asset: LessonAsset,
  onBytes: (n: number) => void,
  signal?: AbortSignal,
) {
  let res: Response;
  try {
    res = await deps.fetch(asset.url, { signal, credentials: 'omit' });
  } catch (err) {
    if (signal?.aborted) throw new DownloadError('aborted', 'Download cancelled.');
    throw new DownloadError('offline', err instanceof Error ? err.message : 'Network error.');
  }
  if (res.status !== 200) throw new DownloadError('http', `The server answered ${res.status}.`);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      onBytes(value.byteLength);
    }
  } else {
    const buf = new Uint8Array(await res.arrayBuffer());
    chunks.push(buf);
    onBytes(buf.byteLength);
  }
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  try {
    await cache.put(
      asset.url,
      new Response(body, {
        status: 200,
        headers: {
          'content-type': res.headers.get('content-type') ?? asset.mime,
          'content-length': String(size),
          etag: res.headers.get('etag') ?? '',
        },
      }),
    );
  } catch (err) {
    if (isQuota(err)) throw new DownloadError('quota', 'The phone has no room left.');
    throw err;
  }
}

/** Stores every file of a lesson for offline use (files already stored are skipped). */
export async function downloadAssets(
  deps: DownloadDeps,
  lesson: Parameters<typeof lessonAssets>[0],
  onProgress: (p: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<number> {
  const cache = await deps.caches.open(MEDIA_CACHE);
  const assets = lessonAssets(lesson);
  const total = assets.reduce((n, a) => n + a.bytes, 0);
  let loaded = 0;
  onProgress({ loaded, total });
  for (const a of assets) {
    if (await cache.match(a.url)) {
      loaded += a.bytes;
      onProgress({ loaded, total });
      continue;
    }
    await fetchAsset(
      deps,
      cache,
      a,
      (n) => {
        loaded += n;
        onProgress({ loaded: Math.min(loaded, total), total });
      },
      signal,
    );
  }
  return total;
}

/** True when every file of the lesson is in the cache (the browser may have evicted some). */
export async function assetsStored(
  deps: Pick<DownloadDeps, 'caches'>,
  lesson: Parameters<typeof lessonAssets>[0],
): Promise<boolean> {
  const cache = await deps.caches.open(MEDIA_CACHE);
  for (const a of lessonAssets(lesson)) if (!(await cache.match(a.url))) return false;
  return true;
}
