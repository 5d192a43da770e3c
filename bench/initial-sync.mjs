// npm run bench:initial-sync — a fresh phone signs in as a member who can see 10,000 generated
// records (plus the demo content) and pulls them all into IndexedDB through the app's own sync
// engine. Beside it, in the same browser run, the same records are written with raw IndexedDB
// puts in 1,000-record transactions (the limit) and one transaction per record (the naive path).
// Also samples the sync progress bar on the "Me" screen, to show that it moves.
import { recordResults } from './lib/results.mjs';
import {
  DEMO_PASSWORD,
  ensureBuilt,
  generateRecords,
  startServer,
  workDir,
} from './lib/app-server.mjs';
import { launchBrowser, PHONE, signIn } from './lib/browser.mjs';
import { bounded, round } from './lib/run.mjs';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 10_000);
const LIMIT_MS = 10 * 60_000;
/** BENCH_PROFILE=1 prints where the page's main thread spent its time during the sync. */
const PROFILE = process.env.BENCH_PROFILE === '1';

/** Self time per function from a CDP CPU profile, largest first. */
function topFunctions(profile, n = 20) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const file = f.url.split('/').pop();
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** In the page: watches the progress bar and the sync pill, and the pull requests' timing. */
function watchSync() {
  const w = { samples: [], syncedAt: null, startedAt: performance.now(), longTasks: [] };
  window.__bench = w;
  // The page's tasks of 50 ms or more: what the pull costs the screens' responsiveness.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask' });
  let last = null;
  const look = () => {
    const bar = document.querySelector('[role="progressbar"]');
    const now = bar ? bar.getAttribute('aria-valuenow') : null;
    const max = bar ? bar.getAttribute('aria-valuemax') : null;
    const key = `${now}/${max}`;
    if (bar && key !== last) {
      last = key;
      w.samples.push({
        t: performance.now(),
        value: now === null ? null : Number(now),
        max: Number(max),
      });
    }
    if (w.syncedAt === null && document.querySelector('.sync-pill--synced')) {
      w.syncedAt = performance.now();
    }
  };
  new MutationObserver(look).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['aria-valuenow', 'class'],
  });
}

/**
 * The pull requests' resource timings on the page's clock, sorted by start. The app sends them
 * from its sync worker (docs/sync-protocol.md, "The app side", where a sync runs), whose timeline is its own, or
 * from the page where it has none: both are read, the worker's shifted by the two time origins.
 */
async function pullTimings(page) {
  const read = () => ({
    origin: performance.timeOrigin,
    entries: performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/sync/pull'))
      .map((e) => ({
        start: e.startTime,
        firstByte: e.responseStart,
        end: e.responseEnd,
        bytes: e.encodedBodySize,
      })),
  });
  const mine = await page.evaluate(read);
  const all = mine.entries.map((e) => ({ ...e, from: 'page' }));
  for (const worker of page.workers()) {
    const theirs = await worker.evaluate(read);
    const shift = theirs.origin - mine.origin;
    for (const e of theirs.entries)
      all.push({
        start: e.start + shift,
        firstByte: e.firstByte + shift,
        end: e.end + shift,
        bytes: e.bytes,
        from: 'worker',
      });
  }
  if (all.length === 0) throw new Error('no pull request was timed, in the page or a worker');
  return all.sort((a, b) => a.start - b.start);
}

/** In the page: counts what the app stored, and reads it back for the raw comparison. */
async function readBack() {
  const open = (name) =>
    new Promise((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const db = await open('lianxin');
  const stores = ['lessons', 'events', 'requests', 'orgs', 'users', 'venues', 'slots', 'bookings'];
  const counts = {};
  await Promise.all(
    [...db.objectStoreNames].map(
      (s) =>
        new Promise((resolve) => {
          const r = db.transaction(s).objectStore(s).count();
          r.onsuccess = () => resolve((counts[s] = r.result));
        }),
    ),
  );
  db.close();
  return { counts, stores };
}

/**
 * In the page: the raw limit and the naive path. Copies the app's store definitions (key paths
 * and indexes, which cost the same index upkeep) into a scratch database, then writes the records
 * the app pulled (read back from its database, grouped by table in pull order) twice.
 */
async function rawWrites({ batch }) {
  const req = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  const app = await req(indexedDB.open('lianxin'));
  const records = ['orgs', 'users', 'lessons', 'events', 'requests', 'venues', 'slots', 'bookings']
    .filter((s) => app.objectStoreNames.contains(s))
    .map((s) => s);
  const specs = [];
  const rows = [];
  {
    const tx = app.transaction([...app.objectStoreNames]);
    for (const name of app.objectStoreNames) {
      const s = tx.objectStore(name);
      specs.push({
        name,
        keyPath: s.keyPath,
        autoIncrement: s.autoIncrement,
        indexes: [...s.indexNames].map((i) => {
          const x = s.index(i);
          return { name: i, keyPath: x.keyPath, unique: x.unique, multiEntry: x.multiEntry };
        }),
      });
      if (records.includes(name)) {
        for (const row of await req(s.getAll())) rows.push([name, row]);
      }
    }
  }
  app.close();
  const fresh = async (name) => {
    await req(indexedDB.deleteDatabase(name));
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const spec of specs) {
        const s = open.result.createObjectStore(spec.name, {
          keyPath: spec.keyPath,
          autoIncrement: spec.autoIncrement,
        });
        for (const i of spec.indexes)
          s.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    };
    return req(open);
  };
  const stores = [...new Set(rows.map(([s]) => s))];

  const batched = await fresh('bench-raw-batched');
  let t0 = performance.now();
  for (let i = 0; i < rows.length; i += batch) {
    const tx = batched.transaction(stores, 'readwrite', { durability: 'default' });
    for (const [s, row] of rows.slice(i, i + batch)) tx.objectStore(s).put(row);
    await done(tx);
  }
  const batchedMs = performance.now() - t0;
  batched.close();

  const naive = await fresh('bench-raw-naive');
  t0 = performance.now();
  for (const [s, row] of rows) {
    const tx = naive.transaction(s, 'readwrite', { durability: 'default' });
    tx.objectStore(s).put(row);
    await done(tx);
  }
  const naiveMs = performance.now() - t0;
  naive.close();
  await req(indexedDB.deleteDatabase('bench-raw-batched'));
  await req(indexedDB.deleteDatabase('bench-raw-naive'));
  return { rows: rows.length, batchedMs, naiveMs };
}

async function warm(url) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'member', password: DEMO_PASSWORD }),
  });
  const { token } = await res.json();
  const clientId = crypto.randomUUID();
  let cursor = null;
  for (;;) {
    const q = new URLSearchParams({ clientId, limit: '1000' });
    if (cursor) q.set('cursor', cursor);
    const page = await (
      await fetch(`${url}/api/sync/pull?${q}`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  await fetch(`${url}/api/auth/logout`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
}

await bounded('initial-sync', LIMIT_MS, async ({ onCleanup }) => {
  await ensureBuilt();
  const work = workDir();
  onCleanup(work.remove);
  // First start seeds the demo content; the generator then writes into the stopped server's folder.
  const seeding = await startServer(work.dataDir);
  await seeding.stop();
  const t = Date.now();
  console.log(await generateRecords(work.dataDir, RECORDS, 'member'));
  const generateMs = Date.now() - t;
  const server = await startServer(work.dataDir);
  onCleanup(server.stop);
  // One unmeasured pull by another device warms the server (a just-started embedded database reads
  // its pages from disk), so the figures are the phone's, not the server's cold start.
  await warm(server.url);

  const browser = await launchBrowser();
  onCleanup(() => browser.close());
  const context = await browser.newContext({ ...PHONE, baseURL: server.url });
  const page = await context.newPage();
  await page.goto('/signin?next=/me');
  // The phone has opened the app before: its shell is installed, so only the pull is measured.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.evaluate(watchSync);
  const before = server.requests().length;
  const cdp = PROFILE ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const started = await page.evaluate(() => performance.now());
  await signIn(page, 'member');
  await page.waitForFunction(() => window.__bench.syncedAt !== null, null, { timeout: 300_000 });
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const all = topFunctions(profile, Infinity);
    for (const [key, ms] of all.slice(0, 20))
      console.log(`${ms.toFixed(0).padStart(7)} ms  ${key}`);
    const sampled = all.reduce((n, [, ms]) => n + ms, 0);
    const idle = all.filter(([key]) => key.startsWith('(idle)')).reduce((n, [, ms]) => n + ms, 0);
    const program = all
      .filter(([key]) => key.startsWith('(program)'))
      .reduce((n, [, ms]) => n + ms, 0);
    console.log(
      `page main thread from sign-in to synced: ${round(sampled)} ms sampled, ${round(idle)} ms idle, ${round(sampled - idle - program)} ms running JavaScript (and GC), ${round(program)} ms in the browser's own work`,
    );
  }
  if (PROFILE) {
    const timeline = (await pullTimings(page)).map((e) =>
      [e.start, e.firstByte, e.end].map(Math.round).join(' → '),
    );
    console.log(`pull requests (start → first byte → end, ms):\n  ${timeline.join('\n  ')}`);
    const progress = (await page.evaluate(() => window.__bench.samples)).map(
      (x) => `${Math.round(x.t)}:${x.value}`,
    );
    console.log(`progress: ${progress.join(' ')}`);
  }
  const w = await page.evaluate(() => window.__bench);
  const pulls = await pullTimings(page);
  const { counts } = await page.evaluate(readBack);
  const pullRequests = server
    .requests()
    .slice(before)
    .filter((r) => r.url.startsWith('/api/sync/pull'));
  const stored = Object.entries(counts)
    .filter(([s]) => !['meta', 'outbox', 'refused', 'base'].includes(s))
    .reduce((n, [, c]) => n + c, 0);

  const raw = await page.evaluate(rawWrites, { batch: 1000 });
  await context.close();

  const syncMs = w.syncedAt - started;
  const pullMs = w.syncedAt - pulls[0].start;
  const networkMs = pulls.reduce((n, p) => n + (p.end - p.start), 0);
  const rate = (n, ms) => (n / ms) * 1000;
  const longTasks = w.longTasks.filter(
    (t) => t.start + t.ms > pulls[0].start && t.start < w.syncedAt,
  );
  const longTaskMs = longTasks.reduce((n, t) => n + t.ms, 0);
  const longestTaskMs = longTasks.reduce((n, t) => Math.max(n, t.ms), 0);
  const appRate = rate(stored, pullMs);
  const rawRate = rate(raw.rows, raw.batchedMs);
  const naiveRate = rate(raw.rows, raw.naiveMs);
  const values = w.samples.filter((s) => s.value !== null).map((s) => s.value);
  const distinct = [...new Set(values)];
  const moving = distinct.length >= 3 && distinct.every((v, i) => i === 0 || v > distinct[i - 1]);

  const figures = {
    records: stored,
    generated: RECORDS,
    generateMs,
    pullPages: pullRequests.length,
    pullBytes: pulls.reduce((n, p) => n + p.bytes, 0),
    // where the app sent its pull requests from: its sync worker, or the page without one
    pullsFrom: [...new Set(pulls.map((p) => p.from))].join('+'),
    signInToSyncedMs: round(syncMs),
    pullMs: round(pullMs),
    networkMs: round(networkMs),
    recordsPerSecond: round(appRate),
    rawBatchedMs: round(raw.batchedMs),
    rawBatchedPerSecond: round(rawRate),
    naiveMs: round(raw.naiveMs),
    naivePerSecond: round(naiveRate),
    ratioToRaw: round(appRate / rawRate, 3),
    ratioToNaive: round(appRate / naiveRate, 2),
    pageLongTasks: longTasks.length,
    pageLongTaskMs: round(longTaskMs),
    pageLongestTaskMs: round(longestTaskMs),
    progressSamples: values.length,
    progressDistinct: distinct.length,
    progressMoves: moving,
  };
  const pct = (x) => `${round(x * 100)} %`;
  const lines = [
    `records pulled into IndexedDB: ${stored} (${RECORDS} generated + demo) in ${pullRequests.length} pull pages, ${round(figures.pullBytes / 1024)} KiB, sent from the ${figures.pullsFrom}`,
    `sign-in to synced:  ${round(syncMs)} ms`,
    `first pull to synced: ${round(pullMs)} ms = ${round(appRate)} records/s (of which waiting on the network ${round(networkMs)} ms)`,
    `raw IndexedDB, 1000-record transactions: ${round(raw.batchedMs)} ms = ${round(rawRate)} records/s (the limit)`,
    `naive, one transaction per record:       ${round(raw.naiveMs)} ms = ${round(naiveRate)} records/s`,
    `app / raw limit: ${pct(appRate / rawRate)} (target >= 80 %)   app / naive: ${round(appRate / naiveRate, 2)}x (target >= 5x)   app: ${round(appRate)}/s (target >= 10000/s)`,
    `page main thread during the pull: ${longTasks.length} tasks of 50 ms or more, ${round(longTaskMs)} ms in all, the longest ${round(longestTaskMs)} ms`,
    `progress bar: ${values.length} values seen, ${distinct.length} distinct, ${moving ? 'moves' : 'DOES NOT MOVE'} (${distinct.slice(0, 12).join(', ')}${distinct.length > 12 ? ', …' : ''} of ${w.samples.at(-1)?.max ?? '?'})`,
  ];
  for (const l of lines) console.log(l);
  recordResults('initial-sync', figures, lines);
});
