// Serves the stack-floor page (bench/floor, built to bench/floor/dist) on 127.0.0.1 and a free
// port: its files as they are, gzipped when asked (as the app's server sends precompressed
// copies), index.html for any other path, as a single-page app's server does.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { viteBuild } from '../../scripts/build-if-stale.mjs';
import { rootDir } from './results.mjs';

const FLOOR_DIR = path.join(rootDir, 'bench', 'floor');
const DIST = path.join(FLOOR_DIR, 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Builds the floor page when its build is missing or older than its sources. */
export async function ensureFloorBuilt() {
  const built = path.join(DIST, 'index.html');
  const sources = ['index.html', 'main.tsx', 'vite.config.ts'].map((f) => path.join(FLOOR_DIR, f));
  if (
    existsSync(built) &&
    sources.every((f) => statSync(f).mtimeMs < statSync(built).mtimeMs) &&
    statSync(path.join(rootDir, 'package-lock.json')).mtimeMs < statSync(built).mtimeMs
  )
    return;
  console.log('Building the stack-floor page (bench/floor).');
  await viteBuild(rootDir, ['--config', 'bench/floor/vite.config.ts']);
}

export function startFloorServer() {
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(DIST, path.normalize(url.pathname));
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory())
      file = path.join(DIST, 'index.html');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let entry = cache.get(file);
    if (!entry) {
      const raw = readFileSync(file);
      entry = { raw, gz: gzipSync(raw) };
      cache.set(file, entry);
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': type,
      'cache-control':
        file.endsWith('.html') || file.endsWith('sw.js')
          ? 'no-cache'
          : 'max-age=31536000, immutable',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? entry.gz : entry.raw);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => server.close(r)) });
    });
  });
}
