import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SERVER_ARGS, serverProcessEnv } from '../../../scripts/build-if-stale.mjs';
import { markLog, parseRequests, requestsBetween, type LoggedRequest } from './server-log.ts';

/** Settings the server reads (src/server/config.ts); none leaks in from the shell running the tests. */
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

export interface ServerProcess {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** the PGlite folder, or null when the server runs on DATABASE_URL */
  dataDir: string | null;
  /** everything the server printed (pino JSON lines, plus the demo logins) */
  logFile: string;
  /** requests the server logged so far, in order (the log lags a little: see mark) */
  requests(): LoggedRequest[];
  /** waits until everything that reached the server so far is logged; see markLog */
  mark(): Promise<number>;
  /** requests logged between two marks */
  requestsBetween(from: number, to: number): LoggedRequest[];
  /** SIGTERM, then SIGKILL after 15 s; removes its temporary folder */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** server settings; a key set to undefined removes it. DATABASE_URL here replaces the PGlite folder. */
  env?: Record<string, string | undefined>;
  /** a fixed port instead of a free one */
  port?: number;
  /** how long to wait for /api/health, ms */
  readyTimeout?: number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real server (`node dist-server/main.js`, the compiled bundle) the way `npm start` does, on
 * 127.0.0.1 and a free port, with demo content in a fresh temporary PGlite folder unless
 * `env.DATABASE_URL` is given. Several can run at once on one PostgreSQL, as replicas would.
 */
export async function startServerProcess(opts: StartOptions = {}): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  const workDir = mkdtempSync(join(tmpdir(), 'lianxin-e2e-'));
  const logFile = join(workDir, 'server.log');

  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !SERVER_SETTINGS.includes(key)) env[key] = value;
  }
  // Request logging (info) is what lets a test tell whether a request reached the server.
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    LIANXIN_SEED: 'demo',
    LOG_LEVEL: 'info',
  });
  for (const [key, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const dataDir = env.DATABASE_URL ? null : (env.DATA_DIR ??= join(workDir, 'data'));

  // The server writes straight into the log file, so a test reading it sees requests at once.
  const logFd = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, SERVER_ARGS, {
      cwd: ROOT,
      env: serverProcessEnv(env),
      stdio: ['ignore', logFd, logFd],
    });
  } finally {
    closeSync(logFd);
  }
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code ?? 1));
    child.once('error', (err) => resolve(err.message));
  });

  const url = `http://127.0.0.1:${port}`;
  const tail = () => readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
  const running = () => child.exitCode === null && child.signalCode === null;

  const stop = async () => {
    if (running()) {
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(force);
    }
    if (!process.env.LIANXIN_E2E_KEEP) rmSync(workDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (opts.readyTimeout ?? 90_000);
  for (;;) {
    if (!running()) {
      const how = await exited;
      const log = tail();
      await stop();
      throw new Error(`The server stopped before it was ready (${how}). Its output:\n${log}`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      const log = tail();
      await stop();
      throw new Error(`The server did not answer ${url}/api/health in time. Its output:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    url,
    port,
    dataDir,
    logFile,
    requests: () => parseRequests(readFileSync(logFile, 'utf8')),
    mark: () => markLog(url, logFile),
    requestsBetween: (from, to) => requestsBetween(logFile, from, to),
    stop,
  };
}
