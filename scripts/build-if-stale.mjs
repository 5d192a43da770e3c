// Shared by `npm start` and the e2e global setup: rebuild the app only when the build is
// missing or older than a source it was made from, so a fresh clone just works and an
// up-to-date build costs nothing.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
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
export function viteBuild(root = ROOT, args = []) {
  return new Promise((resolvePromise, reject) => {
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    // An inherited NODE_ENV (vitest sets "test") would change what Vite bundles.
    const env = { ...process.env };
    delete env.NODE_ENV;
    const child = spawn(process.execPath, [vite, 'build', ...args], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
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

/** The compiled server: one bundle of src/server and src/shared, run by plain Node. */
export const SERVER_ENTRY = join(ROOT, 'dist-server', 'main.js');

/** Node's arguments for the compiled server (`npm start`, `npm run serve` and the benchmarks). */
export const SERVER_ARGS = ['--enable-source-maps', SERVER_ENTRY];

/**
 * The environment the compiled server runs in: `env` with glibc's malloc told to give memory
 * freed above 128 KiB back to the system (MALLOC_TRIM_THRESHOLD_; also set by `npm run serve`).
 * By default it keeps it in per-thread arenas once its thresholds have grown: the start's
 * compilation and PGlite's opening left 70-100 MB of freed memory resident for good, a third of
 * the idle server (bench/README.md, "Memory on the embedded database"). A value set by the
 * operator wins; other C libraries ignore the variable.
 */
export function serverProcessEnv(env = process.env) {
  return { MALLOC_TRIM_THRESHOLD_: '131072', ...env };
}

/** Why dist-server must be remade, or null when it is current. */
export function serverStaleReason(root = ROOT) {
  const built = join(root, 'dist-server', 'main.js');
  if (!existsSync(built)) return `${relative(root, built)} is missing`;
  const builtAt = statSync(built).mtimeMs;
  let newest = { path: '', mtimeMs: 0 };
  for (const dir of [join('src', 'server'), join('src', 'shared')]) {
    const n = newestUnder(root, dir);
    if (n.mtimeMs > newest.mtimeMs) newest = n;
  }
  for (const file of ['vite.server.config.ts', 'package-lock.json']) {
    const path = join(root, file);
    if (existsSync(path) && statSync(path).mtimeMs > newest.mtimeMs) {
      newest = { path: file, mtimeMs: statSync(path).mtimeMs };
    }
  }
  return newest.mtimeMs > builtAt ? `${newest.path} changed after the last build` : null;
}

/**
 * Bundles the server with Vite's SSR build, then puts beside the bundle the files the server
 * reads relative to its own module: the SQL migrations and the demo's media.
 */
export async function buildServer(root = ROOT) {
  await viteBuild(root, ['--config', 'vite.server.config.ts', '--logLevel', 'warn']);
  const out = join(root, 'dist-server');
  cpSync(join(root, 'src', 'server', 'database', 'migrations'), join(out, 'migrations'), {
    recursive: true,
  });
  cpSync(join(root, 'src', 'server', 'seed', 'assets'), join(out, 'assets'), { recursive: true });
}

/** Builds the server when needed; returns whether it built. */
export async function buildServerIfStale({ root = ROOT, log = console.log } = {}) {
  const reason = serverStaleReason(root);
  if (!reason) return false;
  log(`Building the server: ${reason}.`);
  await buildServer(root);
  return true;
}
