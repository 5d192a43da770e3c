// npm run bench:offline-start — a member's phone with the app installed and synced, network off:
// time from navigation to the first lesson list rendered from IndexedDB, the service worker serving
// the shell. Median of 10 cold navigations.
import { recordResults } from './lib/results.mjs';
import { ensureBuilt, startServer, workDir } from './lib/app-server.mjs';
import { launchBrowser, PHONE, signIn, waitForServiceWorker } from './lib/browser.mjs';
import { bounded, median, round } from './lib/run.mjs';

const RUNS = 10;
const LIMIT_MS = 6 * 60_000;

/** Installed before any page script: notes when the first lesson row appears. */
function watchFirstRow() {
  const note = () => {
    if (window.__firstRow === undefined && document.querySelector('.lesson-list .lesson-row')) {
      window.__firstRow = performance.now();
      return true;
    }
    return false;
  };
  const start = () => {
    if (note()) return;
    const observer = new MutationObserver(() => note() && observer.disconnect());
    observer.observe(document, { subtree: true, childList: true });
  };
  start();
}

await bounded('offline-start', LIMIT_MS, async ({ onCleanup }) => {
  await ensureBuilt();
  const work = workDir();
  onCleanup(work.remove);
  const server = await startServer(work.dataDir);
  onCleanup(server.stop);
  const browser = await launchBrowser();
  onCleanup(() => browser.close());
  const context = await browser.newContext({ ...PHONE, baseURL: server.url });
  await context.addInitScript(watchFirstRow);
  const page = await context.newPage();
  await page.goto('/signin?next=/lessons');
  await waitForServiceWorker(page);
  await signIn(page, 'member');
  await page.locator('.sync-pill--synced').waitFor({ timeout: 120_000 });
  await page.locator('.lesson-list .lesson-row').first().waitFor();

  await context.setOffline(true);
  const times = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    await page.goto('/lessons', { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__firstRow !== undefined, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__firstRow));
    rows = await page.locator('.lesson-list .lesson-row').count();
    const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker.controller));
    if (!controlled) throw new Error('the page was not served by the service worker');
  }
  await context.close();

  const figures = {
    runs: RUNS,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
    allMs: times.map((t) => round(t)),
    lessonRowsShown: rows,
  };
  const lines = [
    `offline start, navigation → first lesson row from IndexedDB (service worker shell, network off)`,
    `median of ${RUNS}: ${figures.medianMs} ms (min ${figures.minMs}, max ${figures.maxMs}); all: ${figures.allMs.join(', ')}`,
    `lesson rows on the first screen: ${rows}`,
  ];
  for (const l of lines) console.log(l);
  recordResults('offline-start', figures, lines);
});
