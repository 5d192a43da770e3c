// npm run bench:offline-start — a member's phone with the app installed and synced, network off:
// time from navigation to the first lesson list rendered from IndexedDB, the service worker serving
// the shell, and the largest contentful paint. The stack-floor page (bench/floor: the libraries and
// nothing of ours, also installed and offline) is measured in the same runs, in turns with the
// app, so the ratio to it holds whatever the machine is doing. Medians of 10 cold navigations each.
import os from 'node:os';
import { recordResults } from './lib/results.mjs';
import { appAndBrowser, installedApp, PHONE, waitForServiceWorker } from './lib/browser.mjs';
import { ensureFloorBuilt, startFloorServer } from './lib/floor-server.mjs';
import { bounded, median, round } from './lib/run.mjs';

const RUNS = Number(process.env.BENCH_OFFLINE_RUNS ?? 10);
const LIMIT_MS = 8 * 60_000;
/** The goal: offline, the app's largest paint within 1.3x the floor page's. */
const LCP_RATIO_GOAL = 1.3;

/** Installed before any page script: notes when the first lesson row appears, and the LCP. */
function watchFirstRow() {
  window.__lcp = undefined;
  try {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      window.__lcp = entries[entries.length - 1].startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // no LCP in this browser: the row time still counts
  }
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

/** One cold navigation, offline: the first row's time and the largest paint once it settled. */
async function measure(page, path) {
  await page.goto(path, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__firstRow !== undefined, null, { timeout: 30_000 });
  // The largest paint is final once nothing larger comes; the list is the last thing to arrive.
  await page.waitForTimeout(500);
  const [row, lcp, controlled] = await page.evaluate(() => [
    window.__firstRow,
    window.__lcp,
    Boolean(navigator.serviceWorker.controller),
  ]);
  if (!controlled) throw new Error(`${path}: the page was not served by the service worker`);
  return { row, lcp };
}

const stats = (xs) => ({
  medianMs: round(median(xs)),
  minMs: round(Math.min(...xs)),
  maxMs: round(Math.max(...xs)),
  allMs: xs.map((t) => round(t)),
});

await bounded('offline-start', LIMIT_MS, async ({ onCleanup }) => {
  await ensureFloorBuilt();
  const { server, browser } = await appAndBrowser(onCleanup);
  const floor = await startFloorServer();
  onCleanup(floor.stop);

  const { context: appContext, page: app } = await installedApp(browser, server.url, watchFirstRow);

  const floorContext = await browser.newContext({ ...PHONE, baseURL: floor.url });
  await floorContext.addInitScript(watchFirstRow);
  const floorPage = await floorContext.newPage();
  await floorPage.goto('/');
  await waitForServiceWorker(floorPage);
  await floorPage.locator('.lesson-list .lesson-row').first().waitFor();

  await appContext.setOffline(true);
  await floorContext.setOffline(true);
  const t = { appRow: [], appLcp: [], floorRow: [], floorLcp: [] };
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so a drift in machine load favours neither.
    const order = i % 2 ? ['floor', 'app'] : ['app', 'floor'];
    for (const which of order) {
      const m = which === 'app' ? await measure(app, '/lessons') : await measure(floorPage, '/');
      t[`${which}Row`].push(m.row);
      if (m.lcp !== undefined) t[`${which}Lcp`].push(m.lcp);
    }
  }
  const rows = await app.locator('.lesson-list .lesson-row').count();
  await appContext.close();
  await floorContext.close();

  const figures = {
    runs: RUNS,
    ...stats(t.appRow),
    lessonRowsShown: rows,
    appLcp: t.appLcp.length ? stats(t.appLcp) : null,
    floorFirstRow: stats(t.floorRow),
    floorLcp: t.floorLcp.length ? stats(t.floorLcp) : null,
    loadAverage: round(os.loadavg()[0], 1),
  };
  figures.lcpRatio =
    figures.appLcp && figures.floorLcp
      ? round(figures.appLcp.medianMs / figures.floorLcp.medianMs, 2)
      : null;
  figures.firstRowRatio = round(figures.medianMs / figures.floorFirstRow.medianMs, 2);
  const lines = [
    `offline start, navigation → first lesson row from IndexedDB (service worker shell, network off)`,
    `app, median of ${RUNS}: first row ${figures.medianMs} ms (min ${figures.minMs}, max ${figures.maxMs}), LCP ${figures.appLcp?.medianMs ?? '—'} ms`,
    `stack floor, same runs: first row ${figures.floorFirstRow.medianMs} ms, LCP ${figures.floorLcp?.medianMs ?? '—'} ms`,
    `ratio app / floor: LCP ${figures.lcpRatio ?? '—'} (goal ≤ ${LCP_RATIO_GOAL}), first row ${figures.firstRowRatio}; load ${figures.loadAverage}`,
    `lesson rows on the first screen: ${rows}`,
  ];
  for (const l of lines) console.log(l);
  recordResults('offline-start', figures, lines);
});
