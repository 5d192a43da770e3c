// npm run bench:server-start — how long the production server takes from `node` to a healthy
// /api/health on an existing embedded database, and what it holds in memory once idle. The
// compiled bundle (`node dist-server/main.js`, what `npm start` runs) and the same sources through
// tsx are started in turns on the same data, so both meet the same machine load. The budget is
// 2 s to healthy for the compiled server; exits 1 over it.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { recordResults } from './lib/results.mjs';
import { ensureBuilt, startServer, workDir } from './lib/app-server.mjs';
import { bounded, median, round } from './lib/run.mjs';

const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
const BUDGET_MS = 2_000;
const IDLE_MS = 3_000;

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

  const times = { compiled: [], tsx: [] };
  const idle = { compiled: [], tsx: [] };
  const lines = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate which goes first, so a drift in machine load favours neither.
    const order = run % 2 ? ['tsx', 'compiled'] : ['compiled', 'tsx'];
    for (const runtime of order) {
      const started = performance.now();
      const server = await startServer(work.dataDir, {
        runtime,
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
  }
  const figures = {};
  for (const runtime of ['compiled', 'tsx']) {
    figures[runtime] = {
      medianStartMs: round(median(times[runtime])),
      startsMs: times[runtime].map((t) => round(t)),
      medianIdleRssMiB: round(median(idle[runtime])),
    };
  }
  figures.budgetMs = BUDGET_MS;
  figures.loadAverage = round(os.loadavg()[0], 1);
  const summary = `median to healthy: compiled ${figures.compiled.medianStartMs} ms, tsx ${figures.tsx.medianStartMs} ms (budget ${BUDGET_MS} ms); idle RSS compiled ${figures.compiled.medianIdleRssMiB} MiB, tsx ${figures.tsx.medianIdleRssMiB} MiB`;
  console.log(summary);
  lines.push(summary);
  recordResults('server-start', figures, lines);
  if (figures.compiled.medianStartMs > BUDGET_MS) process.exitCode = 1;
});
