// npm run bench:server-start — how long the production server takes from `node` to a healthy
// /api/health on an existing embedded database, and what it holds in memory once idle. The
// compiled bundle (`node dist-server/main.js`, what `npm start` runs) and the same sources through
// tsx are started in turns on the same data, so both meet the same machine load. In the same
// runs, the floor: PGlite alone opened on a copy of the same data (bench/lib/pglite-floor.mjs),
// with PGlite's default settings and with the server's. The budgets: 2 s to healthy for the
// compiled server, idle memory within 100 MB of the floor; exits 1 over either.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { recordResults } from './lib/results.mjs';
import { ensureBuilt, startServer, workDir } from './lib/app-server.mjs';
import { bounded, median, round } from './lib/run.mjs';
import { SERVER_SHARED_BUFFERS, pgliteFloor } from './lib/floor-run.mjs';

const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
const BUDGET_MS = 2_000;
const MEMORY_BUDGET_MIB = 100;
const IDLE_MS = 3_000;
/**
 * BENCH_BEFORE_ROOT=<another checkout, built>: its compiled server joins the turns as `before`, on
 * the same data, for a before/after pair measured in one run.
 */
const BEFORE_ROOT = process.env.BENCH_BEFORE_ROOT
  ? path.resolve(process.env.BENCH_BEFORE_ROOT)
  : null;
const RUNTIMES = BEFORE_ROOT ? ['compiled', 'tsx', 'before'] : ['compiled', 'tsx'];

/** Resident memory of a process, from /proc (Linux). */
function rssMiB(pid) {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return m ? Number(m[1]) / 1024 : NaN;
}

await bounded('server-start', 15 * 60_000, async ({ onCleanup }) => {
  await ensureBuilt();
  const work = workDir();
  onCleanup(work.remove);
  // The first start creates and seeds the database; the measured starts find it existing.
  const first = await startServer(work.dataDir, { runtime: 'compiled' });
  await first.stop();

  /** PGlite alone on a copy of the data, as the server would open it. */
  const floor = (sharedBuffers) => pgliteFloor(path.join(work.dataDir, 'pglite'), sharedBuffers);

  const times = Object.fromEntries(RUNTIMES.map((r) => [r, []]));
  const idle = Object.fromEntries(RUNTIMES.map((r) => [r, []]));
  const floors = { default: [], server: [] };
  const lines = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate which goes first, so a drift in machine load favours neither.
    const order = run % 2 ? [...RUNTIMES].reverse() : RUNTIMES;
    for (const runtime of order) {
      const started = performance.now();
      const server = await startServer(work.dataDir, {
        runtime: runtime === 'before' ? 'compiled' : runtime,
        ...(runtime === 'before' ? { root: BEFORE_ROOT } : {}),
        pollMs: 10,
        env: { NODE_ENV: 'production', LOG_LEVEL: 'warn' },
      });
      const ms = performance.now() - started;
      await new Promise((r) => setTimeout(r, IDLE_MS));
      const rss = rssMiB(server.pid);
      await server.stop();
      times[runtime].push(ms);
      idle[runtime].push(rss);
      const line = `run ${run + 1} ${runtime.padEnd(8)} healthy after ${round(ms)} ms, idle RSS ${round(rss)} MiB (load ${os.loadavg()[0].toFixed(1)})`;
      console.log(line);
      lines.push(line);
    }
    floors.default.push(await floor(null));
    floors.server.push(await floor(SERVER_SHARED_BUFFERS));
    const line = `run ${run + 1} PGlite alone: ${round(floors.default.at(-1))} MiB with its defaults, ${round(floors.server.at(-1))} MiB with shared_buffers=${SERVER_SHARED_BUFFERS}`;
    console.log(line);
    lines.push(line);
  }
  const figures = {};
  for (const runtime of RUNTIMES) {
    figures[runtime] = {
      medianStartMs: round(median(times[runtime])),
      startsMs: times[runtime].map((t) => round(t)),
      medianIdleRssMiB: round(median(idle[runtime])),
    };
  }
  figures.pgliteFloor = {
    defaultsMedianRssMiB: round(median(floors.default)),
    serverSettingsMedianRssMiB: round(median(floors.server)),
  };
  figures.compiledOverFloorMiB = round(
    figures.compiled.medianIdleRssMiB - figures.pgliteFloor.serverSettingsMedianRssMiB,
  );
  figures.budgetMs = BUDGET_MS;
  figures.memoryBudgetMiB = MEMORY_BUDGET_MIB;
  figures.loadAverage = round(os.loadavg()[0], 1);
  const summary = `median to healthy: compiled ${figures.compiled.medianStartMs} ms, tsx ${figures.tsx.medianStartMs} ms (budget ${BUDGET_MS} ms); idle RSS compiled ${figures.compiled.medianIdleRssMiB} MiB, tsx ${figures.tsx.medianIdleRssMiB} MiB; PGlite alone ${figures.pgliteFloor.serverSettingsMedianRssMiB} MiB (${figures.pgliteFloor.defaultsMedianRssMiB} MiB with its defaults), so the server holds ${figures.compiledOverFloorMiB} MiB over it (budget ${MEMORY_BUDGET_MIB})`;
  console.log(summary);
  lines.push(summary);
  if (BEFORE_ROOT) {
    const before = `before (${BEFORE_ROOT}): median to healthy ${figures.before.medianStartMs} ms, idle RSS ${figures.before.medianIdleRssMiB} MiB`;
    console.log(before);
    lines.push(before);
  }
  recordResults('server-start', figures, lines);
  if (
    figures.compiled.medianStartMs > BUDGET_MS ||
    figures.compiledOverFloorMiB > MEMORY_BUDGET_MIB
  )
    process.exitCode = 1;
});
