// Shared by `npm start` and the e2e global setup: rebuild the app only when the build is
// missing or older than a source it was made from, so a fresh clone just works and an
// up-to-date build costs nothing.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Everything `vite build` reads; src/server only runs on Node and never reaches the bundle. */
const INPUT_FILES = [
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  // the build's own plugin, which writes the .br and .gz copies
  join('scripts', 'vite-precompress.ts'),
];
const INPUT_DIRS = ['src', 'public'];
const SKIP_DIRS = new Set([join('src', 'server')]);

function newestUnder(root, dir) {
  let newest = { path: '', mtimeMs: 0 };
  const walk = (rel) => {
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = join(rel, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(child)) walk(child);
      } else if (entry.isFile()) {
        const { mtimeMs } = statSync(join(root, child));
        if (mtimeMs > newest.mtimeMs) newest = { path: child, mtimeMs };
      }
    }
  };
  walk(dir);
  return newest;
}

/** Why the build in `outDir` must be remade, or null when it is current. */
export function staleReason(root = ROOT, outDir = join(root, 'dist')) {
  const built = join(outDir, 'index.html');
  if (!existsSync(built)) return `${relative(root, built)} is missing`;
  const builtAt = statSync(built).mtimeMs;
  let newest = { path: '', mtimeMs: 0 };
  for (const dir of INPUT_DIRS) {
    const n = newestUnder(root, dir);
    if (n.mtimeMs > newest.mtimeMs) newest = n;
  }
  for (const file of INPUT_FILES) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const { mtimeMs } = statSync(path);
    if (mtimeMs > newest.mtimeMs) newest = { path: file, mtimeMs };
  }
  return newest.mtimeMs > builtAt ? `${newest.path} changed after the last build` : null;
}

/** Runs `vite build` with its output shown; rejects when it fails. */
export function viteBuild(root = ROOT) {
  return new Promise((resolvePromise, reject) => {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    // An inherited NODE_ENV (vitest sets "test") would change what Vite bundles.
    const env = { ...process.env };
    delete env.NODE_ENV;
    const child = spawn(process.execPath, [vite, 'build'], { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`vite build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** Builds when needed; returns whether it built. */
export async function buildIfStale({ root = ROOT, log = console.log } = {}) {
  const reason = staleReason(root);
  if (!reason) return false;
  log(`Building the app: ${reason}.`);
  await viteBuild(root);
  return true;
}
