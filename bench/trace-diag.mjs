// Diagnosis, not a benchmark: `node bench/trace-diag.mjs` traces a signed-in load of /lessons
// (service worker installed, as in `BENCH_VISIT=member npm run bench:first-load`) with JS samples,
// and prints every main-thread task of TASK_MS (default 10) or more: its trace events, the
// functions that ran longest in it, and the app chunk they were called from. RATE=4 applies
// Lighthouse's CPU slowdown for real; by default the page runs at full speed and the sum
// Lighthouse would count (4x each task, less 50 ms) is estimated. OUT=<file> keeps the trace for
// the performance panel.
import { writeFileSync } from 'node:fs';
import { ensureBuilt, startServer, workDir } from './lib/app-server.mjs';
import { launchBrowser, PHONE, signInSynced } from './lib/browser.mjs';

const TASK_MS = Number(process.env.TASK_MS ?? 10);
const RATE = Number(process.env.RATE ?? 1);

async function record() {
  await ensureBuilt();
  const work = workDir();
  const server = await startServer(work.dataDir);
  const browser = await launchBrowser();
  const events = [];
  try {
    const context = await browser.newContext({ ...PHONE, baseURL: server.url });
    const page = await context.newPage();
    await signInSynced(page, '/lessons');
    await page.goto('/lessons');
    await page.waitForTimeout(3000);
    await page.goto('about:blank');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'v8',
        'disabled-by-default-v8.cpu_profiler',
      ].join(','),
      transferMode: 'ReportEvents',
    });
    await page.goto('/lessons');
    await page.waitForTimeout(5000);
    await cdp.send('Tracing.end');
    await done;
  } finally {
    await browser.close();
    await server.stop();
    work.remove();
  }
  return events;
}

function mainThread(events) {
  const threads = events.filter(
    (e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain',
  );
  const count = new Map();
  for (const e of events) count.set(`${e.pid}:${e.tid}`, (count.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const [pid, tid] = threads
    .map((t) => `${t.pid}:${t.tid}`)
    .sort((a, b) => count.get(b) - count.get(a))[0]
    .split(':')
    .map(Number);
  return { pid, tid };
}

/** JS samples from the trace's ProfileChunk events: [{ node, ts }] and the call tree nodes. */
function samplesOf(events, pid) {
  const nodes = new Map();
  const samples = [];
  const clock = new Map();
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const profile = e.args.data.cpuProfile ?? {};
    for (const n of profile.nodes ?? [])
      nodes.set(`${e.id}:${n.id}`, { ...n, parentKey: n.parent ? `${e.id}:${n.parent}` : null });
    let t =
      clock.get(e.id) ??
      events.find((p) => p.name === 'Profile' && p.id === e.id)?.args?.data?.startTime ??
      e.ts;
    (profile.samples ?? []).forEach((id, i) => {
      t += e.args.data.timeDeltas[i];
      samples.push({ node: `${e.id}:${id}`, ts: t });
    });
    clock.set(e.id, t);
  }
  samples.sort((a, b) => a.ts - b.ts);
  return { nodes, samples };
}

const frame = (n) =>
  n
    ? `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber}`
    : '?';
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1)} ${k}`)
    .join(' | ');

const events = await record();
if (process.env.OUT) writeFileSync(process.env.OUT, JSON.stringify({ traceEvents: events }));
const { pid, tid } = mainThread(events);
const mine = events
  .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
  .sort((a, b) => a.ts - b.ts);
const { nodes, samples } = samplesOf(events, pid);
const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur >= TASK_MS * 1000);
const start = mine.find((e) => e.name === 'RunTask')?.ts ?? 0;
let blocking = 0;
for (const task of tasks) {
  const end = task.ts + task.dur;
  blocking += Math.max(0, ((RATE === 1 ? 4 : 1) * task.dur) / 1000 - 50);
  const inner = mine.filter(
    (e) =>
      e !== task &&
      e.ts >= task.ts &&
      e.ts + e.dur <= end &&
      e.dur > 2000 &&
      !['RunTask', 'v8.callFunction', 'ThreadControllerImpl::RunTask'].includes(e.name),
  );
  const within = samples.filter((s) => s.ts >= task.ts && s.ts <= end);
  const self = new Map();
  const from = new Map();
  within.forEach((s, i) => {
    const ms = ((within[i + 1]?.ts ?? s.ts) - s.ts) / 1000;
    const node = nodes.get(s.node);
    self.set(frame(node), (self.get(frame(node)) ?? 0) + ms);
    let n = node;
    while (n && !/\/assets\/(?!react-|data-|i18n-|rolldown)/.test(n.callFrame.url ?? ''))
      n = n.parentKey ? nodes.get(n.parentKey) : null;
    const key = n ? frame(n) : '(browser or library only)';
    from.set(key, (from.get(key) ?? 0) + ms);
  });
  const parts = inner
    .slice(0, 6)
    .map(
      (e) =>
        `${e.name} ${(e.dur / 1000).toFixed(1)}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''}`,
    );
  console.log(
    `+${((task.ts - start) / 1000).toFixed(0)} ms: task ${(task.dur / 1000).toFixed(1)} ms [${parts.join(', ')}]`,
  );
  if (within.length) console.log(`   longest: ${top(self, 5)}\n   from:    ${top(from, 4)}`);
}
console.log(
  `${tasks.length} tasks of ${TASK_MS} ms or more; blocking time as Lighthouse would count it at 4x: about ${blocking.toFixed(0)} ms`,
);
