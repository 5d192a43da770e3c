// The real server for the browser benchmarks: `node dist-server/main.js` (as `npm start`) on 127.0.0.1,
// a free port and a fresh PGlite folder with the demo content, serving the built app (dist/).
// Like tests/e2e/support/server-process.ts, without the test runner.
import { spawn, execFile } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { buildIfStale, buildServerIfStale } from '../../scripts/build-if-stale.mjs';
import { rootDir } from './results.mjs';

const SERVER_SETTINGS = [
  'PORT',
  'HOST',
  'DATA_DIR',
  'DATABASE_URL',
  'DB_POOL_MAX',
  'NODE_ENV',
  'LIANXIN_SEED',
  'METRICS_TOKEN',
  'CARD_SECRET',
  'TRUST_PROXY',
  'LOG_LEVEL',
  'STATIC_DIR',
];

export const DEMO_PASSWORD = 'lianxin-demo';

/** Builds the app and the server when dist/ or dist-server/ is missing or older than its sources. */
export async function ensureBuilt() {
  const log = (m) => console.log(m);
  const built = await buildIfStale({ root: rootDir, log });
  return (await buildServerIfStale({ root: rootDir, log })) || built;
}

/** How the server runs: compiled, as `npm start` runs it, or from source through tsx. */
const RUNTIMES = {
  compiled: (root) => ['--enable-source-maps', path.join(root, 'dist-server', 'main.js')],
  tsx: (root) => ['--import', 'tsx', path.join(root, 'src/server/main.ts')],
};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function serverEnv(extra) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!SERVER_SETTINGS.includes(k)) env[k] = v;
  return { ...env, HOST: '127.0.0.1', LIANXIN_SEED: 'demo', LOG_LEVEL: 'info', ...extra };
}

/** A fresh folder for one benchmark's database and logs; `remove()` deletes it. */
export function workDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'lianxin-bench-'));
  return {
    dir,
    dataDir: path.join(dir, 'data'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `npm run admin -- generate --records N --for LOGIN` on a stopped server's PGlite folder. */
export async function generateRecords(dataDir, records, login = 'member') {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/server/admin/cli.ts',
      'generate',
      '--records',
      String(records),
      '--for',
      login,
    ],
    { cwd: rootDir, env: serverEnv({ DATA_DIR: dataDir }), timeout: 300_000 },
  );
  return stdout.trim();
}

/**
 * Starts the server on `dataDir` (created and seeded with the demo content when new). Returns its
 * url, `requests()` (method and url of every request it logged so far) and `stop()`. `root`: the
 * checkout whose server to run (another build's, to compare two in one run).
 */
export async function startServer(
  dataDir,
  { readyTimeout = 120_000, runtime = 'compiled', env = {}, pollMs = 200, root = rootDir } = {},
) {
  if (runtime === 'compiled') await buildServerIfStale({ root, log: console.log });
  const port = await freePort();
  const logFile = path.join(path.dirname(dataDir), `server-${port}.log`);
  const fd = openSync(logFile, 'a');
  let child;
  try {
    // BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops.
    const prof = process.env.BENCH_CPU_PROF
      ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`]
      : [];
    // Each checkout's server runs in the environment its own `npm start` gives it.
    const launch =
      runtime === 'compiled'
        ? await import(pathToFileURL(path.join(root, 'scripts', 'build-if-stale.mjs')).href)
        : {};
    const processEnv = launch.serverProcessEnv ?? ((e) => e);
    child = spawn(process.execPath, [...prof, ...RUNTIMES[runtime](root)], {
      cwd: root,
      env: processEnv(serverEnv({ PORT: String(port), DATA_DIR: dataDir, ...env })),
      stdio: ['ignore', fd, fd],
    });
  } finally {
    closeSync(fd);
  }
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!running()) return;
    child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(force);
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeout;
  for (;;) {
    if (!running())
      throw new Error(
        `server exited (${await exited}):\n${readFileSync(logFile, 'utf8').slice(-3000)}`,
      );
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server not ready in ${readyTimeout} ms`);
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  const requests = () => {
    const out = [];
    for (const line of readFileSync(logFile, 'utf8').split('\n')) {
      if (!line.startsWith('{')) continue;
      try {
        const e = JSON.parse(line);
        if (e.msg === 'incoming request' && e.req)
          out.push({ method: e.req.method, url: e.req.url });
      } catch {
        // a partial last line
      }
    }
    return out;
  };
  /** Waits until every request that reached the server so far is in its log (it is written lazily). */
  const mark = async () => {
    const tag = `/api/health?bench-mark=${Date.now()}-${Math.random().toString(36).slice(2)}`;
    await fetch(url + tag);
    for (let i = 0; i < 100 && !requests().some((r) => r.url === tag); i++)
      await new Promise((r) => setTimeout(r, 50));
  };
  return { url, port, pid: child.pid, logFile, requests, mark, stop };
}
