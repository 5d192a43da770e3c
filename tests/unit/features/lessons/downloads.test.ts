import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/db/db.ts';
import {
  downloadLesson,
  pruneWithdrawnDownloads,
  readDownloads,
  removeDownload,
} from '../../../../src/features/lessons/downloads.ts';
import { MEDIA_CACHE } from '../../../../src/features/lessons/offline-download.ts';
import type { LessonRecord } from '../../../../src/shared/records.ts';
import { bytes, memoryCaches, serve } from './cache-fakes.ts';

const ORG = '0195a000-0000-7000-8000-0000000000b1';
const lesson = (id: string, media: string, image: string): LessonRecord => ({
  id,
  orgId: ORG,
  series: 'lunch',
  title: '课',
  speaker: '讲者',
  summary: '',
  body: 'ab',
  tags: [],
  durationMin: 10,
  scheduledAt: null,
  venue: null,
  media: { url: media, mime: 'audio/mpeg', bytes: 3000 },
  images: [{ url: image, mime: 'image/png', bytes: 500 }],
  quiz: [],
  userId: ORG,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

const A = lesson('0195a000-0000-7000-8000-0000000000c1', '/api/media/a1', '/api/media/shared');
const B = lesson('0195a000-0000-7000-8000-0000000000c2', '/api/media/b1', '/api/media/shared');

describe('downloads on the device', () => {
  beforeEach(async () => {
    await db.lessons.clear();
    await db.meta.clear();
  });

  async function both() {
    const { caches, stores } = memoryCaches();
    const { fetch } = serve({
      '/api/media/a1': bytes(3000),
      '/api/media/b1': bytes(3000),
      '/api/media/shared': bytes(500),
    });
    await db.lessons.bulkPut([A, B]);
    await downloadLesson(A, () => {}, undefined, { caches, fetch });
    await downloadLesson(B, () => {}, undefined, { caches, fetch });
    const files = () => [...(stores.get(MEDIA_CACHE)?.keys() ?? [])].sort();
    return { caches, files };
  }

  it('remembers each download with its size, and removing one keeps files another uses', async () => {
    const { caches, files } = await both();
    const index = await readDownloads();
    expect(index[A.id]).toMatchObject({ bytes: 3000 + 500 + 3 + 2 });
    expect(files()).toEqual(['/api/media/a1', '/api/media/b1', '/api/media/shared']);
    await removeDownload(A.id, { caches });
    expect(files()).toEqual(['/api/media/b1', '/api/media/shared']);
    expect(Object.keys(await readDownloads())).toEqual([B.id]);
  });

  it('frees the files of a lesson withdrawn after it was downloaded', async () => {
    const { caches, files } = await both();
    await db.lessons.delete(B.id); // a pull brought B's tombstone
    await pruneWithdrawnDownloads({ caches });
    expect(files()).toEqual(['/api/media/a1', '/api/media/shared']);
    expect(Object.keys(await readDownloads())).toEqual([A.id]);
  });
});
