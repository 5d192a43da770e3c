// npm run bench:import — 10,000 members imported from one spreadsheet through the real endpoint
// (POST /api/admin/import) of the real server on the embedded database (PGlite), as the district
// admin. Three imports of 10,000 new rows each, one after the other on the same database; prints
// and records each time and the median, with the dry run (checks only) beside it, and the load
// average when each import ended. The budget is 10 s per import; exits 1 over it or when an
// import fails.
//
// BENCH_COMPARE=<folder>: also runs the server of another checkout of this repository (an older
// commit, its node_modules linked) on a database of its own, and alternates: that build's import,
// this build's, and so on, so both see the same machine. Recorded as `import` (this build) and
// `import-compare` (the other).
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordResults } from './lib/results.mjs';
import { DEMO_PASSWORD, startServer, workDir } from './lib/app-server.mjs';
import { bounded, median, round } from './lib/run.mjs';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BUDGET_MS = 10_000;
const BRANCHES = ['创客联合党支部', '数智楼宇党支部'];
const COMPARE = process.env.BENCH_COMPARE ? path.resolve(process.env.BENCH_COMPARE) : null;

/** A spreadsheet of `ROWS` members with numbers no other run uses. */
function spreadsheet(run) {
  const lines = ['姓名,手机号,支部,身份,入党日期'];
  for (let i = 0; i < ROWS; i++) {
    const phone = `13${run}${String(i).padStart(8, '0')}`;
    const year = 1980 + (i % 40);
    lines.push(
      `党员${run}-${i},${phone},${BRANCHES[i % 2]},${i % 7 ? '正式党员' : '预备党员'},${year}-07-01`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** CPU time (user + system, ms) a process has used so far: the figure a busy machine does not
 * distort much, as it counts only the time the server actually ran. */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, 100 per second
}

async function post(url, token, body, query = '') {
  const started = performance.now();
  const res = await fetch(`${url}/api/admin/import${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body,
  });
  const ms = performance.now() - started;
  const json = await res.json();
  if (res.status !== 200)
    throw new Error(`import: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
  return { ms, json };
}

async function side(name, root, onCleanup) {
  const work = workDir();
  onCleanup(work.remove);
  // Seeding the demo takes minutes on a busy machine.
  const server = await startServer(work.dataDir, {
    readyTimeout: 400_000,
    // another checkout (an older build) runs from its sources, which every build has
    ...(root ? { root, runtime: 'tsx' } : {}),
  });
  onCleanup(server.stop);
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: DEMO_PASSWORD }),
  });
  const { token } = await login.json();
  return { name, root, server, token, dry: [], real: [], cpu: [], load: [] };
}

async function importOnce(s, run) {
  const csv = spreadsheet(run + 4);
  const d = await s.post(csv, '?dryRun=1');
  if (d.json.valid !== ROWS) throw new Error(`dry run: ${JSON.stringify(d.json)}`);
  s.dry.push(d.ms);
  const cpu0 = cpuMs(s.server.pid);
  const r = await s.post(csv);
  if (r.json.created.length !== ROWS) throw new Error(`created ${r.json.created.length}`);
  s.real.push(r.ms);
  s.cpu.push(cpuMs(s.server.pid) - cpu0);
  s.load.push(round(os.loadavg()[0], 1));
  console.log(
    `${s.name} run ${run}: dry run ${round(d.ms)} ms, import ${round(r.ms)} ms (server CPU ${round(s.cpu.at(-1))} ms), load ${s.load.at(-1)}`,
  );
}

function report(s, label) {
  const figures = {
    rows: ROWS,
    database: 'pglite',
    importMs: s.real.map((x) => round(x)),
    importMedianMs: round(median(s.real)),
    serverCpuMs: s.cpu.map((x) => round(x)),
    serverCpuMedianMs: round(median(s.cpu)),
    dryRunMs: s.dry.map((x) => round(x)),
    dryRunMedianMs: round(median(s.dry)),
    budgetMs: BUDGET_MS,
    loadAverage1m: s.load,
  };
  const lines = [
    `npm run bench:import — ${ROWS} rows per import, PGlite, ${RUNS} runs${label}`,
    `import:  ${figures.importMs.join(' / ')} ms, median ${figures.importMedianMs} ms (budget ${BUDGET_MS} ms)`,
    `server CPU per import: ${figures.serverCpuMs.join(' / ')} ms, median ${figures.serverCpuMedianMs} ms`,
    `dry run: ${figures.dryRunMs.join(' / ')} ms, median ${figures.dryRunMedianMs} ms`,
    `load average (1 min) after each import: ${s.load.join(' / ')} on ${os.cpus().length} cores`,
  ];
  for (const l of lines) console.log(l);
  return { figures, lines };
}

await bounded('bench:import', (COMPARE ? 20 : 10) * 60_000, async ({ onCleanup }) => {
  const sides = [];
  if (COMPARE) sides.push(await side('compare', COMPARE, onCleanup));
  sides.push(await side('this', null, onCleanup));
  for (const s of sides) s.post = (body, query) => post(s.server.url, s.token, body, query);
  for (let run = 1; run <= RUNS; run++) for (const s of sides) await importOnce(s, run);
  const mine = sides.at(-1);
  if (COMPARE) {
    const other = sides[0];
    const { figures, lines } = report(other, `, the build in ${path.basename(COMPARE)}`);
    recordResults('import-compare', { ...figures, build: path.basename(COMPARE) }, [
      ...lines,
      'Interleaved with the `import` run below (one import of each build in turn).',
    ]);
  }
  const { figures, lines } = report(mine, COMPARE ? ', this build' : '');
  recordResults(
    'import',
    figures,
    COMPARE ? [...lines, 'Interleaved with the `import-compare` run above.'] : lines,
  );
  if (median(mine.real) > BUDGET_MS)
    throw new Error(`median ${round(median(mine.real))} ms is over ${BUDGET_MS} ms`);
});
