import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/vite-precompress.ts';
import { startServer, type TestServer } from './helpers.ts';

/**
 * How the built app is served (docs/security.md, "Caching"): the shell and the service worker must
 * be revalidated on every load, or a phone keeps an old shell talking to a newer API (docs/sync-protocol.md
 * "Known pitfalls"); files under /assets/ carry a content hash in their name and never change.
 */
describe('static files: the shell, the service worker and hashed assets', () => {
  let s: TestServer;
  let dir: string;
  const SHELL = '<!doctype html><html><head><title>连心</title></head><body></body></html>';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lianxin-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), SHELL);
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"连心"}');
    writeFileSync(join(dir, 'assets', 'index-B1a2c3D4.js'), 'console.log(1);');
    writeFileSync(join(dir, 'assets', 'index-Xy9z8W7v.css'), 'body{margin:0}');
    // the build's own step (vite.config.ts): .br and .gz beside every text file
    await precompressDir(dir);
    s = await startServer({ seed: false, staticDir: dir });
  });
  afterAll(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, method: 'GET' | 'HEAD' = 'GET') => s.app.inject({ method, url });

  it('serves the shell at / and for app routes with Cache-Control: no-cache', async () => {
    for (const url of [
      '/',
      '/events',
      '/events/0190a0a0-0000-7000-8000-000000000000',
      '/checkin?e=x&w=1&c=123456',
      '/index.html',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.body, url).toBe(SHELL);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      // the shell carries the same security headers as the API
      expect(res.headers['content-security-policy'], url).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
    const head = await get('/', 'HEAD');
    expect(head.statusCode).toBe(200);
    expect(head.headers['cache-control']).toBe('no-cache');
    expect(head.body).toBe('');
  });

  it('serves the service worker and the manifest with no-cache', async () => {
    for (const url of ['/sw.js', '/manifest.webmanifest']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
    expect((await get('/sw.js')).headers['content-type']).toMatch(/javascript/);
  });

  it('serves hashed assets as immutable for a year', async () => {
    for (const url of ['/assets/index-B1a2c3D4.js', '/assets/index-Xy9z8W7v.css']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('public, max-age=31536000, immutable');
    }
  });

  it('never answers a missing file or an API path with the shell', async () => {
    for (const url of ['/assets/gone-00000000.js', '/nope.png', '/api/nope', '/api']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toBe(SHELL);
      expect(res.json(), url).toMatchObject({ error: { code: 'not_found' } });
    }
    // an unknown API path is no-store, as every /api answer
    expect((await get('/api/nope')).headers['cache-control']).toBe('no-store');
  });
});

/**
 * First visits are mostly bytes of JavaScript: the build keeps a brotli and a gzip copy of every
 * text file (scripts/vite-precompress.ts) and the server sends the best one the client accepts.
 */
describe('static files: compressed copies by Accept-Encoding', () => {
  let s: TestServer;
  let dir: string;
  const SHELL = `<!doctype html><html lang="zh-CN"><head><title>连心</title></head><body>${'<div class="tab"></div>'.repeat(40)}</body></html>`;
  const SCRIPT = Array.from({ length: 400 }, (_, i) => `export const s${i} = '连心 ${i}';`).join(
    '\n',
  );
  const SW = `self.addEventListener('fetch', () => {});\n${'// precache\n'.repeat(50)}`;
  const MANIFEST = JSON.stringify({
    name: '连心',
    short_name: '连心',
    start_url: '/',
    scope: '/',
    icons: [192, 512].map((n) => ({
      src: `/icons/icon-${n}.png`,
      sizes: `${n}x${n}`,
      type: 'image/png',
    })),
  });
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const BROWSER = 'gzip, deflate, br, zstd';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lianxin-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), SHELL);
    writeFileSync(join(dir, 'sw.js'), SW);
    writeFileSync(join(dir, 'manifest.webmanifest'), MANIFEST);
    writeFileSync(join(dir, 'assets', 'app-Qw3rTy12.js'), SCRIPT);
    writeFileSync(join(dir, 'icon.png'), PNG);
    await precompressDir(dir);
    s = await startServer({ seed: false, staticDir: dir });
  });
  afterAll(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string, more: Record<string, string> = {}) =>
    s.app.inject({
      method: 'GET',
      url,
      headers: {
        ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
        ...more,
      },
    });
  const decoded = (encoding: string | undefined, body: Buffer) =>
    encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;

  const FILES = [
    { url: '/', file: 'index.html', type: /^text\/html; charset=utf-8$/, cache: 'no-cache' },
    {
      url: '/events/new',
      file: 'index.html',
      type: /^text\/html; charset=utf-8$/,
      cache: 'no-cache',
    },
    {
      url: '/index.html',
      file: 'index.html',
      type: /^text\/html; charset=utf-8$/,
      cache: 'no-cache',
    },
    // how the service worker's precache asks for files without a hash in their name
    {
      url: '/index.html?__WB_REVISION__=b655012eb5b932a3',
      file: 'index.html',
      type: /^text\/html; charset=utf-8$/,
      cache: 'no-cache',
    },
    { url: '/sw.js', file: 'sw.js', type: /javascript/, cache: 'no-cache' },
    {
      url: '/manifest.webmanifest',
      file: 'manifest.webmanifest',
      type: /^application\/manifest\+json/,
      cache: 'no-cache',
    },
    {
      url: '/assets/app-Qw3rTy12.js',
      file: 'assets/app-Qw3rTy12.js',
      type: /javascript/,
      cache: 'public, max-age=31536000, immutable',
    },
  ];
  const CASES: { accept: string | undefined; encoding: string | undefined }[] = [
    { accept: BROWSER, encoding: 'br' },
    { accept: 'br', encoding: 'br' },
    { accept: 'gzip, deflate', encoding: 'gzip' },
    { accept: 'br;q=0, gzip', encoding: 'gzip' },
    { accept: 'identity', encoding: undefined },
    { accept: undefined, encoding: undefined },
  ];

  it('sends brotli, gzip or the file itself as asked, with the original bytes inside', async () => {
    for (const { url, file, type, cache } of FILES) {
      const original = readFileSync(join(dir, file));
      for (const { accept, encoding } of CASES) {
        const what = `${url} (Accept-Encoding: ${accept ?? 'none'})`;
        const res = await get(url, accept);
        expect(res.statusCode, what).toBe(200);
        expect(res.headers['content-encoding'], what).toBe(encoding);
        expect(res.headers['content-type'], what).toMatch(type);
        expect(res.headers.vary, what).toMatch(/accept-encoding/i);
        expect(res.headers['cache-control'], what).toBe(cache);
        // the length is the bytes on the wire, and they decompress to the built file
        expect(Number(res.headers['content-length']), what).toBe(res.rawPayload.length);
        expect(decoded(encoding, res.rawPayload).equals(original), what).toBe(true);
        if (encoding) expect(res.rawPayload.length, what).toBeLessThan(original.length);
      }
    }
  });

  it('answers HEAD with the headers of the copy it would send and no body', async () => {
    for (const { url, file } of FILES) {
      const res = await s.app.inject({
        method: 'HEAD',
        url,
        headers: { 'accept-encoding': BROWSER },
      });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(res.headers.vary, url).toMatch(/accept-encoding/i);
      expect(Number(res.headers['content-length']), url).toBe(
        readFileSync(join(dir, `${file}.br`)).length,
      );
      expect(res.rawPayload.length, url).toBe(0);
    }
  });

  it('revalidates each copy with its own ETag: 304 for the same encoding, 200 for another', async () => {
    for (const { url } of FILES) {
      const br = await get(url, BROWSER);
      const gz = await get(url, 'gzip');
      const plain = await get(url, 'identity');
      const tags = [br, gz, plain].map((r) => r.headers.etag);
      expect(new Set(tags).size, url).toBe(3);

      const again = await get(url, BROWSER, { 'if-none-match': String(br.headers.etag) });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length, url).toBe(0);
      expect(again.headers.vary, url).toMatch(/accept-encoding/i);
      expect(again.headers['cache-control'], url).toBe(br.headers['cache-control']);
      const plainAgain = await get(url, 'identity', {
        'if-none-match': String(plain.headers.etag),
      });
      expect(plainAgain.statusCode, url).toBe(304);
      // a brotli ETag does not validate the gzip copy
      const other = await get(url, 'gzip', { 'if-none-match': String(br.headers.etag) });
      expect(other.statusCode, url).toBe(200);
      expect(other.headers['content-encoding'], url).toBe('gzip');
    }
  });

  it('sends an image as it is, and never serves a compressed copy at a URL of its own', async () => {
    const png = await get('/icon.png', BROWSER);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
    // it has no compressed copy, so its answer does not depend on Accept-Encoding
    expect(png.headers.vary).toBeUndefined();
    expect(png.rawPayload.equals(PNG)).toBe(true);

    for (const url of ['/assets/app-Qw3rTy12.js.br', '/assets/app-Qw3rTy12.js.gz', '/sw.js.br']) {
      const res = await get(url, BROWSER);
      expect(res.statusCode, url).toBe(404);
      expect(res.json(), url).toMatchObject({ error: { code: 'not_found' } });
    }
  });
});
