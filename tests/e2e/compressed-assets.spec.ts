import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Response } from 'playwright-core';
import { ROOT } from '../../scripts/build-if-stale.mjs';
import { COMPRESSIBLE } from '../../scripts/vite-precompress.ts';
import { usePhone } from './support/browser.ts';

/** The build the e2e server serves (made current by the global setup). */
const DIST = join(ROOT, 'dist');

function builtFiles(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(DIST, join(e.parentPath, e.name)));
}

describe('compressed text: the build and a first visit', () => {
  const phone = usePhone();

  it('keeps a brotli and a gzip copy of every text file of the build, each of the same bytes', () => {
    const files = builtFiles();
    const text = files.filter((f) => COMPRESSIBLE.test(f));
    // the shell, the service worker, the manifest and the app's scripts and styles are all there
    for (const expected of ['index.html', 'sw.js', 'manifest.webmanifest']) {
      expect(text).toContain(expected);
    }
    expect(text.filter((f) => /^assets\/.+\.js$/.test(f)).length).toBeGreaterThan(10);
    expect(text.some((f) => /^assets\/.+\.css$/.test(f))).toBe(true);

    const missing = text.flatMap((f) =>
      [`${f}.br`, `${f}.gz`].filter((copy) => !files.includes(copy)),
    );
    expect(missing).toEqual([]);
    for (const f of text) {
      const original = readFileSync(join(DIST, f));
      expect(brotliDecompressSync(readFileSync(join(DIST, `${f}.br`))).equals(original), f).toBe(
        true,
      );
      expect(gunzipSync(readFileSync(join(DIST, `${f}.gz`))).equals(original), f).toBe(true);
    }
  });

  it('precaches the files themselves, never their .br or .gz copies', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    expect(urls).toContain('index.html');
    expect(urls.some((u) => /^assets\/.+\.js$/.test(u))).toBe(true);
    expect(urls.filter((u) => /\.(?:br|gz)$/.test(u))).toEqual([]);
  });

  it('downloads the shell, its scripts and styles compressed on a first visit', async () => {
    const { page } = phone;
    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));
    await page.goto('/');
    await page.getByRole('heading', { name: '连心' }).waitFor();

    const text = responses.filter(
      (r) => r.request().resourceType() === 'document' || /\/assets\/.+\.(?:js|css)$/.test(r.url()),
    );
    expect(text.length).toBeGreaterThan(3);
    for (const r of text) {
      const asked = (await r.request().allHeaders())['accept-encoding'] ?? '';
      const headers = await r.allHeaders();
      // the best copy the browser accepts: brotli where it asks for it, else gzip
      expect(headers['content-encoding'], r.url()).toBe(asked.includes('br') ? 'br' : 'gzip');
      expect(headers.vary, r.url()).toMatch(/accept-encoding/i);
    }
  });
});
