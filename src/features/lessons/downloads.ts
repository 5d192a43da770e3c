import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import { writeMeta } from '../../db/meta.ts';
import { publicFetch } from '../../sync/http.ts';
import type { LessonRecord } from '../../shared/records.ts';
import { downloadSize, lessonAssets } from './lesson-assets.ts';
import {
  assetsStored,
  downloadAssets,
  MEDIA_CACHE,
  type DownloadDeps,
  type DownloadProgress,
} from './offline-download.ts';
import { compareIso } from '../../shared/compare.ts';

/**
 * Lessons the member downloaded on this device: id -> size, when, and the files stored (kept so
 * the files of a lesson withdrawn meanwhile can still be found and removed). In the meta table.
 */
export const DOWNLOADS_KEY = 'lessonDownloads';
export type DownloadIndex = Record<string, { bytes: number; at: string; urls?: string[] }>;

function isIndex(v: unknown): v is DownloadIndex {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A Dexie promise, not an async function: live queries await it (see src/db/meta.ts). */
export function readDownloads(): Promise<DownloadIndex> {
  return db.meta.get(DOWNLOADS_KEY).then((row) => (isIndex(row?.value) ? row.value : {}));
}

const browserDeps = (): DownloadDeps => {
  if (typeof caches === 'undefined') {
    throw new Error('This browser cannot store files for offline use.');
  }
  return { caches, fetch: publicFetch };
};

/**
 * Downloads a lesson for offline use. Its text is already on the phone (sync brings it); this
 * stores its media and images and remembers the lesson as downloaded.
 */
export async function downloadLesson(
  lesson: LessonRecord,
  onProgress: (p: DownloadProgress) => void,
  signal?: AbortSignal,
  deps: DownloadDeps = browserDeps(),
): Promise<void> {
  await downloadAssets(deps, lesson, onProgress, signal);
  await db.transaction('rw', db.meta, async () => {
    const index = await readDownloads();
    index[lesson.id] = {
      bytes: downloadSize(lesson),
      at: new Date().toISOString(),
      urls: lessonAssets(lesson).map((a) => a.url),
    };
    await writeMeta(db, DOWNLOADS_KEY, index);
  });
}

const urlsOf = (entry: DownloadIndex[string] | undefined, lesson: LessonRecord | undefined) =>
  lesson ? lessonAssets(lesson).map((a) => a.url) : (entry?.urls ?? []);

/** Removes downloads (files another remaining download also uses stay) and forgets them. */
async function removeDownloads(ids: readonly string[], deps: Pick<DownloadDeps, 'caches'>) {
  const index = await readDownloads();
  const gone = new Set(ids);
  const lessons = new Map(
    (await db.lessons.bulkGet(Object.keys(index))).flatMap((l) => (l ? [[l.id, l] as const] : [])),
  );
  const keep = new Set(
    Object.keys(index)
      .filter((id) => !gone.has(id))
      .flatMap((id) => urlsOf(index[id], lessons.get(id))),
  );
  const cache = await deps.caches.open(MEDIA_CACHE);
  for (const id of ids) {
    for (const url of urlsOf(index[id], lessons.get(id))) {
      if (!keep.has(url)) await cache.delete(url);
    }
  }
  await db.transaction('rw', db.meta, async () => {
    const fresh = await readDownloads();
    for (const id of ids) delete fresh[id];
    await writeMeta(db, DOWNLOADS_KEY, fresh);
  });
}

export function removeDownload(
  lessonId: string,
  deps: Pick<DownloadDeps, 'caches'> = browserDeps(),
): Promise<void> {
  return removeDownloads([lessonId], deps);
}

/** Frees the files of downloaded lessons that were withdrawn (their record left with a tombstone). */
export async function pruneWithdrawnDownloads(
  deps: Pick<DownloadDeps, 'caches'> = browserDeps(),
): Promise<void> {
  const ids = Object.keys(await readDownloads());
  const present = await db.lessons.bulkGet(ids);
  const withdrawn = ids.filter((_, i) => !present[i]);
  if (withdrawn.length) await removeDownloads(withdrawn, deps);
}

export interface DownloadedLesson {
  lesson: LessonRecord;
  bytes: number;
  at: string;
}

/** Downloaded lessons still on the phone (a withdrawn one vanishes with its record). */
export function useDownloads(): DownloadedLesson[] | undefined {
  return useLiveQuery(async () => {
    const index = await readDownloads();
    const ids = Object.keys(index);
    const lessons = await db.lessons.bulkGet(ids);
    return lessons
      .flatMap((l) => (l ? [{ lesson: l, bytes: index[l.id]!.bytes, at: index[l.id]!.at }] : []))
      .sort((a, b) => compareIso(b.at, a.at));
  }, []);
}

export function useIsDownloaded(lessonId: string | undefined): boolean | undefined {
  return useLiveQuery(
    async () => (lessonId ? lessonId in (await readDownloads()) : false),
    [lessonId],
  );
}

/** Whether the browser still holds every file (it may evict the cache under storage pressure). */
export function filesStillStored(lesson: LessonRecord): Promise<boolean> {
  try {
    return assetsStored(browserDeps(), lesson);
  } catch {
    return Promise.resolve(false);
  }
}
