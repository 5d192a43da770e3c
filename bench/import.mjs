// npm run bench:import — 10,000 members imported from one spreadsheet through the real endpoint
// (POST /api/admin/import) of the real server on the embedded database (PGlite), as the district
// admin. Three imports of 10,000 new rows each, one after the other on the same database; prints
// and records each time and the median, with the dry run (checks only) beside it. The budget is
// 10 s per import; exits 1 over it or when an import fails.
import os from 'node:os';
import { recordResults } from './lib/results.mjs';
import { DEMO_PASSWORD, startServer, workDir } from './lib/app-server.mjs';
import { bounded, median, round } from './lib/run.mjs';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const RUNS = 3;
const BUDGET_MS = 10_000;
const BRANCHES = ['创客联合党支部', '数智楼宇党支部'];

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

await bounded('bench:import', 10 * 60_000, async ({ onCleanup }) => {
  const work = workDir();
  onCleanup(work.remove);
  const server = await startServer(work.dataDir);
  onCleanup(server.stop);
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: DEMO_PASSWORD }),
  });
  const { token } = await login.json();

  const dry = [];
  const real = [];
  for (let run = 1; run <= RUNS; run++) {
    const csv = spreadsheet(run + 4);
    const d = await post(server.url, token, csv, '?dryRun=1');
    if (d.json.valid !== ROWS) throw new Error(`dry run: ${JSON.stringify(d.json)}`);
    dry.push(d.ms);
    const r = await post(server.url, token, csv);
    if (r.json.created.length !== ROWS) throw new Error(`created ${r.json.created.length}`);
    real.push(r.ms);
    console.log(`run ${run}: dry run ${round(d.ms)} ms, import ${round(r.ms)} ms`);
  }
  const figures = {
    rows: ROWS,
    database: 'pglite',
    importMs: real.map((x) => round(x)),
    importMedianMs: round(median(real)),
    dryRunMs: dry.map((x) => round(x)),
    dryRunMedianMs: round(median(dry)),
    budgetMs: BUDGET_MS,
    loadAverage1m: round(os.loadavg()[0], 1),
  };
  const lines = [
    `npm run bench:import — ${ROWS} rows per import, PGlite, ${RUNS} runs`,
    `import:  ${figures.importMs.join(' / ')} ms, median ${figures.importMedianMs} ms (budget ${BUDGET_MS} ms)`,
    `dry run: ${figures.dryRunMs.join(' / ')} ms, median ${figures.dryRunMedianMs} ms`,
    `load average (1 min) at the end: ${figures.loadAverage1m} on ${os.cpus().length} cores`,
  ];
  for (const l of lines) console.log(l);
  recordResults('import', figures, lines);
  if (median(real) > BUDGET_MS)
    throw new Error(`median ${round(median(real))} ms is over ${BUDGET_MS} ms`);
});
