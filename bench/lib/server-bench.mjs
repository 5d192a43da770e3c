// Shared by bench/server-load.mjs and bench/replicas.mjs: starting real server processes on a
// seeded database, signing members in, the three signed-in workloads (first pull, incremental
// pull from the latest cursor, push), running autocannon against one or several servers, and
// reading memory and CPU of the processes involved from /proc.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  SERVER_ARGS,
  buildServerIfStale,
  serverProcessEnv,
} from '../../scripts/build-if-stale.mjs';
import { rootDir } from './results.mjs';

export const MEMBERS = 100;
export const CONNECTIONS = 100;
export const PASSWORD = `bench-${randomBytes(9).toString('base64url')}`;
export const DURATION = Number(process.env.BENCH_DURATION ?? 20);
export const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Lets /metrics answer in production, so the bench can read the pool gauges. */
const METRICS_TOKEN = randomBytes(18).toString('hex');

// ---- processes and cleanup -------------------------------------------------------------------

const children = new Set();
const cleanups = [];

/** Runs `fn` after the benchmark, also when it fails or hits the hard timeout. */
export function onCleanup(fn) {
  cleanups.push(fn);
}

export async function cleanup() {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (err) {
      console.error(`cleanup: ${err instanceof Error ? err.message : err}`);
    }
  }
}

/** A hard limit on the whole benchmark: past it, kill what it started and exit 1. */
export function hardTimeout(seconds) {
  const timer = setTimeout(async () => {
    console.error(`\nbenchmark exceeded its ${seconds} s limit: stopping`);
    await cleanup();
    process.exit(1);
  }, seconds * 1000);
  timer.unref();
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      await cleanup();
      process.exit(130);
    });
  }
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function track(child, label) {
  children.add(child);
  let output = '';
  child.stdout?.on('data', (d) => (output = (output + d).slice(-4000)));
  child.stderr?.on('data', (d) => (output = (output + d).slice(-4000)));
  child.once('exit', () => children.delete(child));
  return { output: () => `${label}:\n${output}` };
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(force);
}

async function waitFor(url, child, log, seconds = 180, accept = (res) => res.ok) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`stopped before it was ready. ${log.output()}`);
    try {
      if (accept(await fetch(url, { signal: AbortSignal.timeout(2000) }))) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url}. ${log.output()}`);
}

/** Server settings only from here: none leaks in from the shell. */
function serverEnv(db, extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(PORT|HOST|DATA_DIR|DATABASE_URL|DB_POOL_MAX|NODE_ENV|LIANXIN_SEED|LOG_LEVEL)$/.test(key))
      delete env[key];
    if (/^(METRICS_TOKEN|CARD_SECRET|TRUST_PROXY|STATIC_DIR)$/.test(key)) delete env[key];
  }
  return { ...env, ...db, ...extra };
}

/**
 * A database for one run, seeded with the demo district and MEMBERS members
 * (bench/lib/seed-members.ts): PGlite in a temporary folder, or a fresh PostgreSQL database that
 * is dropped afterwards. Returns the server settings that point at it.
 */
export async function seededDatabase(kind, label) {
  let db;
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), `lianxin-bench-${label}-`));
    onCleanup(() => rmSync(dir, { recursive: true, force: true }));
    db = { DATA_DIR: dir };
  } else {
    const name = `srvbench_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    onCleanup(async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    });
    const u = new URL(PG_URL);
    u.pathname = `/${name}`;
    db = { DATABASE_URL: u.toString(), dbName: name };
  }
  const { dbName, ...settings } = db;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/lib/seed-members.ts', String(MEMBERS), PASSWORD],
    { cwd: rootDir, env: serverEnv(settings), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = track(child, 'seed');
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`seeding failed (${code}). ${log.output()}`);
  const { logins } = JSON.parse(out.trim().split('\n').pop());
  return { settings, logins, dbName };
}

/**
 * The real server (`node dist-server/main.js`, as `npm start` runs it), production settings: NODE_ENV
 * production, request logging off (warn), /metrics behind a token, no static shell.
 */
export async function startServer(settings, extra = {}) {
  await buildServerIfStale({ root: rootDir, log: console.log });
  const port = await freePort();
  const child = spawn(process.execPath, SERVER_ARGS, {
    cwd: rootDir,
    env: serverProcessEnv(
      serverEnv(settings, {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        METRICS_TOKEN,
        STATIC_DIR: path.join(rootDir, 'bench', 'no-shell'),
        ...extra,
      }),
    ),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = track(child, 'server');
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`, child, log);
  return { url, pid: child.pid, stop: () => stopChild(child), log };
}

/** The baseline: node:http answering the captured bytes (bench/lib/raw-server.mjs). */
export async function startRawServer(captured) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lianxin-bench-raw-'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'response.json');
  writeFileSync(file, JSON.stringify(captured));
  const port = await freePort();
  const child = spawn(process.execPath, ['bench/lib/raw-server.mjs', String(port), file], {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = track(child, 'raw server');
  const url = `http://127.0.0.1:${port}`;
  // any answer at all means it listens
  await waitFor(`${url}/up`, child, log, 30, () => true);
  return { url, pid: child.pid, stop: () => stopChild(child) };
}

// ---- members ---------------------------------------------------------------------------------

async function json(res) {
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/**
 * Signs every member in through POST /api/auth/login, four at a time. The login rate limit
 * counts failed sign-ins only (per login and per address), so a hundred good ones from one
 * address pass; each costs the server one scrypt, as a real sign-in does.
 */
export async function signIn(url, logins) {
  const members = [];
  let next = 0;
  const worker = async () => {
    while (next < logins.length) {
      const login = logins[next++];
      const body = await json(
        await fetch(`${url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login, password: PASSWORD }),
        }),
      );
      members.push({ login, token: body.token, clientId: randomUUID(), position: 0 });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return members.sort((a, b) => a.login.localeCompare(b.login));
}

const authed = (m) => ({ authorization: `Bearer ${m.token}` });

/** Pulls each member to the end once; stores the latest cursor and returns a lesson they see. */
export async function catchUp(url, members) {
  let lessonId;
  let firstPage;
  for (const m of members) {
    let cursor;
    for (;;) {
      const q = new URLSearchParams({ clientId: m.clientId, limit: '1000' });
      if (cursor) q.set('cursor', cursor);
      const page = await json(await fetch(`${url}/api/sync/pull?${q}`, { headers: authed(m) }));
      lessonId ??= page.changes.find((c) => c.type === 'lesson' && c.op === 'put')?.id;
      firstPage ??= page;
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    m.cursor = cursor;
  }
  if (!lessonId) throw new Error('the members see no lesson to report progress on');
  return { lessonId, firstPageChanges: firstPage.changes.length };
}

// ---- workloads -------------------------------------------------------------------------------

function roundRobin(members) {
  let i = 0;
  return () => members[i++ % members.length];
}

/** A first pull: no cursor, the default page (500 changes at most). */
export function pullFirst(members) {
  const next = roundRobin(members);
  return {
    name: 'pull, first page',
    method: 'GET',
    path: '/api/sync/pull',
    setupRequest(req) {
      const m = next();
      return { ...req, path: `/api/sync/pull?clientId=${m.clientId}`, headers: authed(m) };
    },
  };
}

/** The poll a phone makes every time: from its latest cursor, nothing new to send. */
export function pullLatest(members) {
  const next = roundRobin(members);
  return {
    name: 'pull, from the latest cursor',
    method: 'GET',
    path: '/api/sync/pull',
    setupRequest(req) {
      const m = next();
      const q = new URLSearchParams({ clientId: m.clientId, cursor: m.cursor });
      return { ...req, path: `/api/sync/pull?${q}`, headers: authed(m) };
    },
  };
}

/**
 * Push of one `lesson.progress` (a member reports how far they watched; harmless, repeatable:
 * the server keeps the furthest position). Every request carries the next seq of its clientId:
 * a clientId is lent to one request at a time and given back with the seq the answer confirmed;
 * when none is free (an answer lost to a timeout), a member starts a new clientId, as a new
 * device would. The position grows per member, so each push is a real write and a change.
 */
export function push(members, lessonId) {
  const free = [];
  const next = roundRobin(members);
  return {
    name: 'push, one lesson.progress',
    method: 'POST',
    path: '/api/sync/push',
    setupRequest(req, context) {
      const slot = free.pop() ?? { member: next(), clientId: randomUUID(), seq: 1 };
      context.slot = slot;
      const m = slot.member;
      const body = JSON.stringify({
        clientId: slot.clientId,
        schemaVersion: 1,
        mutations: [
          {
            seq: slot.seq,
            name: 'lesson.progress',
            args: { lessonId, position: ++m.position, completed: false },
            at: new Date().toISOString(),
          },
        ],
      });
      return {
        ...req,
        headers: { ...authed(m), 'content-type': 'application/json' },
        body,
      };
    },
    onResponse(status, body, context) {
      const slot = context.slot;
      if (!slot) return;
      context.slot = undefined;
      try {
        const r = JSON.parse(body);
        const last = status === 200 ? r.lastSeq : r.error?.details?.lastSeq;
        if (typeof last === 'number') slot.seq = last + 1;
      } catch {
        return; // not JSON: leave this clientId out
      }
      free.push(slot);
    },
  };
}

/** One real response of a workload, captured for the raw server. */
export async function capture(url, workload) {
  const context = {};
  const req = workload.setupRequest(
    { method: workload.method, path: workload.path, headers: {} },
    context,
  );
  const res = await fetch(`${url}${req.path}`, {
    method: req.method,
    headers: req.headers,
    body: req.body,
  });
  const body = Buffer.from(await res.arrayBuffer());
  workload.onResponse?.(res.status, body.toString(), context);
  const headers = {};
  for (const [k, v] of res.headers) {
    if (!['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'].includes(k))
      headers[k] = v;
  }
  if (!res.ok) throw new Error(`${workload.name}: ${res.status} ${body.toString().slice(0, 300)}`);
  return { status: res.status, headers, body: body.toString('base64'), bytes: body.length };
}

// ---- /proc -----------------------------------------------------------------------------------

const TICK_MS = 10; // USER_HZ is 100 on Linux

export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+)`, 'm'))?.[1] ?? 0);
    return { rssMiB: kib('VmRSS') / 1024, hwmMiB: kib('VmHWM') / 1024 };
  } catch {
    return { rssMiB: 0, hwmMiB: 0 };
  }
}

export function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime + stime
  } catch {
    return 0;
  }
}

function machineTicks() {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1);
  const n = cpu.map(Number);
  const idle = n[3] + n[4];
  return { idle, total: n.reduce((a, b) => a + b, 0) };
}

/** PostgreSQL backend processes serving one database (their CPU counts against the workload). */
export async function backendPids(dbName) {
  if (!dbName) return [];
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    const r = await c.query('SELECT pid FROM pg_stat_activity WHERE datname = $1', [dbName]);
    return r.rows.map((x) => x.pid);
  } finally {
    await c.end();
  }
}

async function poolSample(url) {
  try {
    const res = await fetch(`${url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      signal: AbortSignal.timeout(2000),
    });
    const text = await res.text();
    const gauge = (state) =>
      Number(
        text.match(new RegExp(`lianxin_db_pool_connections\\{state="${state}"\\} (\\d+)`))?.[1],
      );
    return { total: gauge('total'), idle: gauge('idle'), waiting: gauge('waiting') };
  } catch {
    return null;
  }
}

// ---- load ------------------------------------------------------------------------------------

/** The app gives up on a request after 30 s (src/sync/http.ts DEFAULT_TIMEOUT_MS); so does the bench. */
export const REQUEST_TIMEOUT_S = 30;

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function runOne(url, connections, workload, seconds, latencies, statuses) {
  return new Promise((resolve, reject) => {
    const { name: _name, ...request } = workload;
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        pipelining: 1,
        timeout: REQUEST_TIMEOUT_S,
        requests: [request],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
  });
}

/**
 * Runs `workload` against every target at once (`connections` each) for `seconds`, after a
 * short warm-up, and returns requests/s (all targets together), latency percentiles over all
 * responses, errors, and what the watched processes (`watch`: [{label, pid, url?}]) used.
 */
export async function measure({ targets, connections, workload, seconds, watch, dbName }) {
  const warm = Math.max(1, Math.min(3, Math.round(seconds / 5)));
  await Promise.all(targets.map((t) => runOne(t.url, connections, workload, warm, [], {})));

  const latencies = [];
  const statuses = {};
  const pgBefore = new Map((await backendPids(dbName)).map((pid) => [pid, cpuMsOf(pid)]));
  const cpuBefore = watch.map((w) => cpuMsOf(w.pid));
  const ticksBefore = machineTicks();
  const selfBefore = process.cpuUsage();
  const peakRss = watch.map(() => 0);
  // PostgreSQL's view: how many of this database's backends wait for a lock (the version lock of
  // src/server/database/change-log.ts is an advisory lock) or are busy, sampled twice a second
  const waits = { samples: 0, lockSum: 0, lockMax: 0, advisorySum: 0, activeMax: 0 };
  const pgc = dbName ? new pg.Client({ connectionString: PG_URL }) : null;
  await pgc?.connect();
  const pool = watch.map(() => ({ inUse: 0, waiting: 0 }));
  const sampler = setInterval(async () => {
    watch.forEach((w, i) => (peakRss[i] = Math.max(peakRss[i], memoryOf(w.pid).rssMiB)));
    if (pgc) {
      try {
        const { rows } = await pgc.query(
          `SELECT count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS lock,
                  count(*) FILTER (WHERE wait_event = 'advisory')::int AS advisory,
                  count(*) FILTER (WHERE state = 'active')::int AS active
             FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [dbName],
        );
        waits.samples++;
        waits.lockSum += rows[0].lock;
        waits.advisorySum += rows[0].advisory;
        waits.lockMax = Math.max(waits.lockMax, rows[0].lock);
        waits.activeMax = Math.max(waits.activeMax, rows[0].active);
      } catch {
        // the sampler's connection is not part of what is measured
      }
    }
    await Promise.all(
      watch.map(async (w, i) => {
        const s = w.metrics ? await poolSample(w.url) : null;
        if (!s) return;
        pool[i].inUse = Math.max(pool[i].inUse, s.total - s.idle);
        pool[i].waiting = Math.max(pool[i].waiting, s.waiting);
      }),
    );
  }, 500);
  const started = performance.now();
  const results = await Promise.all(
    targets.map((t) => runOne(t.url, connections, workload, seconds, latencies, statuses)),
  );
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await pgc?.end().catch(() => undefined);
  const self = process.cpuUsage(selfBefore);
  const ticksAfter = machineTicks();
  const pgAfter = await backendPids(dbName);
  const pgCpuMs = pgAfter.reduce((sum, pid) => sum + cpuMsOf(pid) - (pgBefore.get(pid) ?? 0), 0);

  latencies.sort((a, b) => a - b);
  const responses = latencies.length;
  const ok = Object.entries(statuses)
    .filter(([s]) => s.startsWith('2'))
    .reduce((a, [, n]) => a + n, 0);
  const busy =
    1 - (ticksAfter.idle - ticksBefore.idle) / Math.max(1, ticksAfter.total - ticksBefore.total);
  return {
    rps: Math.round(responses / elapsed),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    responses,
    errors: results.reduce((a, r) => a + r.errors - r.timeouts, 0),
    timeouts: results.reduce((a, r) => a + r.timeouts, 0),
    non2xx: responses - ok,
    statuses,
    bytesPerResponse: responses
      ? Math.round(results.reduce((a, r) => a + r.throughput.total, 0) / responses)
      : 0,
    processes: watch.map((w, i) => ({
      label: w.label,
      cpuMsPerRequest: responses ? round((cpuMsOf(w.pid) - cpuBefore[i]) / responses, 3) : 0,
      cpuCores: round((cpuMsOf(w.pid) - cpuBefore[i]) / 1000 / elapsed, 2),
      peakRssMiB: Math.round(peakRss[i]),
      hwmMiB: Math.round(memoryOf(w.pid).hwmMiB),
      ...(w.metrics ? { poolInUseMax: pool[i].inUse, poolWaitingMax: pool[i].waiting } : {}),
    })),
    postgresCpuCores: dbName ? round(pgCpuMs / 1000 / elapsed, 2) : undefined,
    postgresLockWaits: dbName
      ? {
          mean: round(waits.lockSum / Math.max(1, waits.samples)),
          advisoryMean: round(waits.advisorySum / Math.max(1, waits.samples)),
          max: waits.lockMax,
          activeMax: waits.activeMax,
        }
      : undefined,
    loadGeneratorCpuCores: round((self.user + self.system) / 1e6 / elapsed, 2),
    machineBusy: round(busy, 2),
  };
}

/** Lines printed as they come and kept for the results file. */
export function report() {
  const lines = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  return { lines, say };
}

export const pad = (v, n) => String(v).padStart(n);

export const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

export function ensureDuration() {
  if (!(DURATION > 0)) throw new Error('BENCH_DURATION must be a positive number of seconds');
}
