import { uploadFile } from '../../sync/api.ts';
import { ApiRequestError } from '../../sync/http.ts';
import type { MutationArgs, MutationName } from '../../shared/mutations/index.ts';
import type * as WritePath from '../../sync/mutate.ts';

/**
 * The write path (the mutators, every mutation's schema and the overlay) loads on the first
 * write, not with the lesson screens: the list a member opens the app on needs none of it
 * (docs/performance.md, "Offline start"). One promise for all calls, so writes made before it
 * settles still run in the order they were made.
 */
let writePath: Promise<typeof WritePath> | undefined;
function mutate<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<void> {
  writePath ??= import('../../sync/mutate.ts').catch((err: unknown) => {
    writePath = undefined; // asked again on the next write
    throw err;
  });
  return writePath.then((m) => m.mutate(name, args));
}
import { MAX_MEDIA_BYTES, MEDIA_MIME } from '../../shared/media.ts';

/** Records where the member got to; the server keeps the furthest (docs/sync-protocol.md lesson.progress). */
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
  try {
    return await uploadFile<UploadedMedia>('/api/media', file);
  } catch (err) {
    if (!(err instanceof ApiRequestError)) throw err;
    if (err.code === 'network' || err.code === 'timeout')
      throw new UploadError('offline', err.code);
    if (err.status === 401) throw new UploadError('not_signed_in', err.message);
    if (err.status === 413) throw new UploadError('too_large', String(file.size));
    if (err.status === 400) throw new UploadError('bad_type', file.type);
    throw new UploadError('server', String(err.status));
  }
}
