// npm run bench:server-load: the signed-in sync API under load, on PGlite and on
// PostgreSQL, beside a raw node:http server answering the same bytes.
//
// For each database: a fresh database with the demo district and 100 members
// (bench/lib/seed-members.ts), the real server as a child process in production mode (request
// logging off), the 100 members signed in through /api/auth/login, then autocannon with 100
// connections for BENCH_DURATION seconds (default 20) on each workload:
//   - pull, first page (no cursor),
//   - pull from the latest cursor (the poll a phone makes; nothing new),
//   - push of one lesson.progress with the next seq of its clientId.
// Then, per workload, node:http answering the captured response bytes, with the same requests.
// Prints and records requests/s, p50/p99 latency, errors (must be 0), CPU per request and the
// server's memory (VmRSS sampled during the run, VmHWM). Exits 1 when any request failed or got
// no answer within 30 s (the app's own timeout).
import {
  CONNECTIONS,
  DURATION,
  MEMBERS,
  REQUEST_TIMEOUT_S,
  capture,
  catchUp,
  cleanup,
  ensureDuration,
  hardTimeout,
  loadAverage,
  measure,
  memoryOf,
  pullFirst,
  pullLatest,
  pad,
  push,
  report,
  round,
  seededDatabase,
  signIn,
  startRawServer,
  startServer,
} from './lib/server-bench.mjs';
import { recordResults } from './lib/results.mjs';
import { SERVER_SHARED_BUFFERS, pgliteFloor } from './lib/floor-run.mjs';
import path from 'node:path';

// BENCH_DATABASES=postgres and BENCH_WORKLOAD=latest narrow a run (e.g. a before/after pair).
const DATABASES = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
const ONLY_WORKLOAD = process.env.BENCH_WORKLOAD;

ensureDuration();
// setup (seeding, sign-in) takes a minute or two on a busy machine; each measurement D + warm-up
hardTimeout(900 + 14 * (DURATION + 3));

const { lines, say } = report();

async function runDatabase(kind) {
  const label = kind === 'pglite' ? 'PGlite (embedded, in the server process)' : 'PostgreSQL';
  const { settings, logins, dbName } = await seededDatabase(kind, 'load');
  const server = await startServer(settings);
  const idle = memoryOf(server.pid);
  const members = await signIn(server.url, logins);
  const { lessonId, firstPageChanges } = await catchUp(server.url, members);
  const afterSignIn = memoryOf(server.pid);

  const workloads = [pullFirst(members), pullLatest(members), push(members, lessonId)].filter(
    (w) => !ONLY_WORKLOAD || w.name.includes(ONLY_WORKLOAD),
  );
  const captured = [];
  for (const w of workloads) captured.push(await capture(server.url, w));

  const real = [];
  for (const w of workloads) {
    real.push(
      await measure({
        targets: [server],
        connections: CONNECTIONS,
        workload: w,
        seconds: DURATION,
        watch: [{ label: 'server', pid: server.pid, url: server.url, metrics: true }],
        dbName,
      }),
    );
  }
  const end = memoryOf(server.pid);
  await server.stop();
  // PGlite alone on a copy of the data the server just served: the floor its memory is held to
  const floor =
    kind === 'pglite'
      ? await pgliteFloor(path.join(settings.DATA_DIR, 'pglite'), SERVER_SHARED_BUFFERS)
      : null;

  const raw = [];
  for (const [i, w] of workloads.entries()) {
    const rawServer = await startRawServer(captured[i]);
    raw.push(
      await measure({
        targets: [rawServer],
        connections: CONNECTIONS,
        workload: w,
        seconds: DURATION,
        watch: [{ label: 'raw', pid: rawServer.pid }],
      }),
    );
    await rawServer.stop();
  }

  say(`${label}: ${MEMBERS} members, ${CONNECTIONS} connections, ${DURATION} s per workload`);
  say(
    `  first page: ${firstPageChanges} changes; answers: ` +
      workloads.map((w, i) => `${w.name} ${captured[i].bytes} B`).join(', '),
  );
  say(
    `  ${'workload'.padEnd(30)}${pad('req/s', 7)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}` +
      `${pad('errors', 7)}${pad('t/o', 5)}${pad('cpu ms/req', 11)}${pad('pool', 8)}` +
      `${pad('raw req/s', 10)}${pad('raw p99', 8)}${pad('ratio', 7)}`,
  );
  const rows = workloads.map((w, i) => {
    const r = real[i];
    const b = raw[i];
    const s = r.processes[0];
    const ratio = b.rps ? round(r.rps / b.rps, 3) : 0;
    say(
      `  ${w.name.padEnd(30)}${pad(r.rps, 7)}${pad(r.p50, 8)}${pad(r.p99, 8)}` +
        `${pad(r.errors + r.non2xx, 7)}${pad(r.timeouts, 5)}${pad(s.cpuMsPerRequest, 11)}` +
        `${pad(kind === 'pglite' ? '-' : `${s.poolInUseMax}/${s.poolWaitingMax}`, 8)}` +
        `${pad(b.rps, 10)}${pad(b.p99, 8)}${pad(`${round(ratio * 100)}%`, 7)}`,
    );
    return { workload: w.name, server: r, raw: b, ratio };
  });
  say(
    `  server memory: RSS ${Math.round(idle.rssMiB)} MiB idle, ${Math.round(afterSignIn.rssMiB)} MiB ` +
      `after sign-in, peak ${Math.max(...real.map((r) => r.processes[0].peakRssMiB))} MiB under load, ` +
      `VmHWM ${Math.round(end.hwmMiB)} MiB; raw server VmHWM ` +
      `${Math.max(...raw.map((r) => r.processes[0].hwmMiB))} MiB`,
  );
  const peak = Math.max(...real.map((r) => r.processes[0].peakRssMiB));
  if (floor !== null) {
    say(
      `  PGlite alone on a copy of this data (shared_buffers=${SERVER_SHARED_BUFFERS}): ` +
        `${Math.round(floor)} MiB; the server holds ${Math.round(idle.rssMiB - floor)} MiB over it ` +
        `idle (budget 100) and ${Math.round(peak - floor)} MiB at its peak under load (budget 200)`,
    );
  }
  say(
    `  CPU under load (cores): server ${real.map((r) => r.processes[0].cpuCores).join('/')}` +
      (kind === 'postgres'
        ? `, PostgreSQL backends ${real.map((r) => r.postgresCpuCores).join('/')}`
        : '') +
      `, load generator ${real.map((r) => r.loadGeneratorCpuCores).join('/')}, ` +
      `machine busy ${real.map((r) => `${Math.round(r.machineBusy * 100)}%`).join('/')}`,
  );
  if (kind === 'postgres') {
    say(
      `  PostgreSQL backends waiting for a lock, mean (of which advisory)/max of samples: ` +
        real
          .map(
            (r) =>
              `${r.postgresLockWaits.mean} (${r.postgresLockWaits.advisoryMean})/` +
              `${r.postgresLockWaits.max}`,
          )
          .join(', '),
    );
  }
  say();
  return {
    database: kind,
    firstPageChanges,
    responseBytes: captured.map((c) => c.bytes),
    memoryMiB: {
      idleRss: Math.round(idle.rssMiB),
      afterSignInRss: Math.round(afterSignIn.rssMiB),
      peakRssUnderLoad: peak,
      hwm: Math.round(end.hwmMiB),
      ...(floor !== null
        ? {
            pgliteFloor: Math.round(floor),
            idleOverFloor: Math.round(idle.rssMiB - floor),
            peakOverFloor: Math.round(peak - floor),
          }
        : {}),
    },
    rows,
  };
}

let failed = false;
try {
  say(`load average at start: ${loadAverage()} (the machine's other work shares its cores)`);
  say('pool: most PostgreSQL pool connections in use / most requests waiting for one (/metrics)');
  say();
  const results = [];
  for (const kind of DATABASES) results.push(await runDatabase(kind));
  say(
    `errors = connection errors + non-2xx answers; t/o = no answer within ${REQUEST_TIMEOUT_S} s ` +
      '(the app waits as long); both must be 0. ratio = server req/s / raw req/s.',
  );
  failed = results.some((r) =>
    r.rows.some((x) => x.server.errors + x.server.timeouts + x.server.non2xx > 0),
  );
  if (failed) say('SOME REQUESTS FAILED: the figures above are not valid.');
  const entry = recordResults(
    'server-load',
    { durationSeconds: DURATION, connections: CONNECTIONS, members: MEMBERS, results },
    lines,
  );
  console.log(`recorded in bench/results/${entry.name}.json`);
} finally {
  await cleanup();
}
process.exit(failed ? 1 : 0);
