import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.ts';

/**
 * How the built app is served (docs/security.md, "Caching"): the shell and the service worker must
 * be revalidated on every load, or a phone keeps an old shell talking to a newer API (SYNC.md
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
