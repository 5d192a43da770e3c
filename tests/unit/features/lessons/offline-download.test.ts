import { describe, expect, it } from 'vitest';
import {
  assetsStored,
  downloadAssets,
  DownloadError,
  MEDIA_CACHE,
} from '../../../../src/features/lessons/offline-download.ts';
import { bytes, memoryCaches, serve } from './cache-fakes.ts';

const lesson = {
  media: { url: '/api/media/a', mime: 'audio/mpeg', bytes: 5500 },
  images: [{ url: '/api/media/b', mime: 'image/png', bytes: 1200 }],
};

describe('download for offline', () => {
  it('stores each file whole as a 200 response and reports progress to the total', async () => {
    const { caches, stores } = memoryCaches();
    const files = { '/api/media/a': bytes(5500), '/api/media/b': bytes(1200, 7) };
    const { fetch } = serve(files);
    const seen: number[] = [];
    const total = await downloadAssets({ caches, fetch }, lesson, (p) => {
      expect(p.total).toBe(6700);
      seen.push(p.loaded);
    });
    expect(total).toBe(6700);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(6700);
    expect(seen.length).toBeGreaterThan(5); // several steps, not one jump
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const stored = stores.get(MEDIA_CACHE)!.get('/api/media/a')!;
    expect(stored.status).toBe(200);
    expect(stored.headers.get('content-length')).toBe('5500');
    expect(new Uint8Array(await stored.clone().arrayBuffer())).toEqual(files['/api/media/a']);
    expect(await assetsStored({ caches }, lesson)).toBe(true);
  });

  it('skips files already stored', async () => {
    const { caches } = memoryCaches();
    const { fetch, calls } = serve({ '/api/media/a': bytes(5500), '/api/media/b': bytes(1200) });
    await downloadAssets({ caches, fetch }, lesson, () => {});
    await downloadAssets({ caches, fetch }, lesson, () => {});
    expect(calls).toEqual(['/api/media/a', '/api/media/b']);
  });

  it('fails clearly offline or on a server error, storing nothing broken', async () => {
    const { caches, stores } = memoryCaches();
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(
      downloadAssets({ caches, fetch: offline }, lesson, () => {}),
    ).rejects.toMatchObject({ code: 'offline' });
    const { fetch } = serve({ '/api/media/a': bytes(5500) });
    const err = await downloadAssets({ caches, fetch }, lesson, () => {}).catch((e) => e);
    expect(err).toBeInstanceOf(DownloadError);
    expect(err.code).toBe('http');
    expect(stores.get(MEDIA_CACHE)!.has('/api/media/b')).toBe(false);
  });
});
