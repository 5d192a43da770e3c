import { mutate } from '../../sync/mutate.ts';
import { db } from '../../db/db.ts';
import { readSession } from '../../db/meta.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { MAX_MEDIA_BYTES, MEDIA_MIME } from '../../shared/mutations/lessons.ts';

/** Records where the member got to; the server keeps the furthest (SYNC.md lesson.progress). */
export function reportProgress(
  lessonId: string,
  position: number,
  completed: boolean,
  quizScore?: number,
) {
  const args: MutationArgs<'lesson.progress'> = {
    lessonId,
    position: Math.max(0, Math.min(24 * 3600, Math.round(position * 10) / 10)),
    completed,
  };
  if (quizScore !== undefined) args.quizScore = quizScore;
  return mutate('lesson.progress', args);
}

export function rateLesson(args: MutationArgs<'lesson.rate'>) {
  return mutate('lesson.rate', args);
}

export function saveLesson(args: MutationArgs<'lesson.save'>) {
  return mutate('lesson.save', args);
}

export function withdrawLesson(lessonId: string) {
  return mutate('lesson.withdraw', { lessonId });
}

export class UploadError extends Error {
  constructor(
    readonly code: 'offline' | 'too_large' | 'bad_type' | 'not_signed_in' | 'server',
    message: string,
  ) {
    super(message);
  }
}

export interface UploadedMedia {
  id: string;
  url: string;
  mime: string;
  bytes: number;
}

/** Uploads a media file for a lesson. Unlike writes, this needs the network: say so clearly. */
export async function uploadMedia(file: File): Promise<UploadedMedia> {
  if (!(MEDIA_MIME as readonly string[]).includes(file.type)) {
    throw new UploadError('bad_type', file.type);
  }
  if (file.size > MAX_MEDIA_BYTES) throw new UploadError('too_large', String(file.size));
  if (typeof navigator !== 'undefined' && !navigator.onLine) {
    throw new UploadError('offline', 'offline');
  }
  const session = await readSession(db);
  if (!session?.token) throw new UploadError('not_signed_in', 'not signed in');
  let res: Response;
  try {
    res = await fetch('/api/media', {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': file.type },
      body: file,
    });
  } catch {
    throw new UploadError('offline', 'network');
  }
  if (res.status === 413) throw new UploadError('too_large', String(file.size));
  if (res.status === 400) throw new UploadError('bad_type', file.type);
  if (!res.ok) throw new UploadError('server', String(res.status));
  return (await res.json()) as UploadedMedia;
}
