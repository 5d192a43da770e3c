import type { LessonRecord } from '../../shared/records.ts';

export interface LessonAsset {
  url: string;
  mime: string;
  bytes: number;
}

/** Every file a lesson needs offline besides its text: its audio/video and the body's images. */
export function lessonAssets(l: Pick<LessonRecord, 'media' | 'images'>): LessonAsset[] {
  return [...(l.media ? [l.media] : []), ...(l.images ?? [])];
}

const utf8 = new TextEncoder();

/** The text's size, as stored on the phone (it comes by sync, but it takes room too). */
export function textBytes(l: Pick<LessonRecord, 'title' | 'summary' | 'body'>): number {
  return utf8.encode(l.title + l.summary + l.body).length;
}

/** What a download of this lesson will take, shown before the member starts it. */
export function downloadSize(
  l: Pick<LessonRecord, 'media' | 'images' | 'title' | 'summary' | 'body'>,
) {
  return lessonAssets(l).reduce((n, a) => n + a.bytes, 0) + textBytes(l);
}
