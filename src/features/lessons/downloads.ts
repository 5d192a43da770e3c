import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import { writeMeta } from '../../db/meta.ts';
import type { LessonRecord } from '../../shared/records.ts';
import { downloadSize, lessonAssets } from './lesson-assets.ts';
import {
  assetsStored,
  downloadAssets,
  removeAssets,
  type DownloadDeps,
  type DownloadProgress,
} from './offline-download.ts';

/** Lessons the member downloaded on this device: id -> size and when. Kept in the meta table. */
export const DOWNLOADS_KEY = 'lessonDownloads';
export type DownloadIndex = Record<string, { bytes: number; at: string }>;

function isIndex(v: unknown): v is DownloadIndex {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export async function readDownloads(): Promise<DownloadIndex> {
  const v = (await db.meta.get(DOWNLOADS_KEY))?.value;
  return isIndex(v) ? v : {};
}

const browserDeps = (): DownloadDeps => {
  if (typeof caches === 'undefined') {
    throw new Error('This browser cannot store files for offline use.');
  }
  return { caches, fetch: (url, init) => fetch(url, init) };
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
    index[lesson.id] = { bytes: downloadSize(lesson), at: new Date().toISOString() };
    await writeMeta(db, DOWNLOADS_KEY, index);
  });
}

/** Removes a download; files another downloaded lesson also uses stay. */
export async function removeDownload(
  lessonId: string,
  deps: Pick<DownloadDeps, 'caches'> = browserDeps(),
): Promise<void> {
  const index = await readDownloads();
  const lesson = await db.lessons.get(lessonId);
  if (lesson) {
    const others = await db.lessons.bulkGet(Object.keys(index).filter((id) => id !== lessonId));
    const keep = new Set(others.flatMap((l) => (l ? lessonAssets(l).map((a) => a.url) : [])));
    await removeAssets(deps, lesson, keep);
  }
  await db.transaction('rw', db.meta, async () => {
    const fresh = await readDownloads();
    delete fresh[lessonId];
    await writeMeta(db, DOWNLOADS_KEY, fresh);
  });
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
      .sort((a, b) => b.at.localeCompare(a.at));
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
