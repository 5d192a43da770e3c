// `node bench/offline-diag.mjs` — diagnosis for the offline start (bench/README.md,
// bench:offline-start): the app installed, signed in and synced, then offline; for each of RUNS
// (3) cold navigations to /lessons, prints the navigation and resource timings, the paints and
// LCP candidates, long tasks, the first lesson row, and every IndexedDB transaction (opened at,
// finished at, mode, stores) and database open, so waits between them show. PROFILE=1 also writes
// a CPU profile of the last navigation to /tmp/offline.cpuprofile. Records nothing.
import { appAndBrowser, installedApp } from './lib/browser.mjs';
import { bounded } from './lib/run.mjs';
import { writeFileSync } from 'node:fs';

function watch() {
  window.__tx = [];
  const orig = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
    const t0 = performance.now();
    const tx = orig.call(this, stores, mode, ...rest);
    const names = [].concat(stores);
    const label = `${this.name}:${mode ?? 'readonly'}:${names.length > 4 ? names.length + ' stores' : names.join(',')}`;
    tx.addEventListener('complete', () =>
      window.__tx.push([Math.round(t0), Math.round(performance.now()), label]),
    );
    tx.addEventListener('abort', () =>
      window.__tx.push([Math.round(t0), Math.round(performance.now()), 'ABORT ' + label]),
    );
    return tx;
  };
  const oo = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...a) {
    const t0 = performance.now();
    const r = oo.apply(this, a);
    r.addEventListener('success', () =>
      window.__tx.push([Math.round(t0), Math.round(performance.now()), 'OPEN ' + a[0]]),
    );
    r.addEventListener('blocked', () =>
      window.__tx.push([Math.round(t0), Math.round(performance.now()), 'BLOCKED ' + a[0]]),
    );
    return r;
  };

  window.__lcp = [];
  window.__lt = [];
  new PerformanceObserver((l) =>
    window.__lcp.push(
      ...l
        .getEntries()
        .map((e) => [
          Math.round(e.startTime),
          e.element?.tagName + '.' + e.element?.className,
          e.size,
        ]),
    ),
  ).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) =>
    window.__lt.push(
      ...l.getEntries().map((e) => [Math.round(e.startTime), Math.round(e.duration)]),
    ),
  ).observe({ type: 'longtask', buffered: true });
  const note = () => {
    if (window.__firstRow === undefined && document.querySelector('.lesson-list .lesson-row')) {
      window.__firstRow = performance.now();
      return true;
    }
    return false;
  };
  if (!note()) {
    const o = new MutationObserver(() => note() && o.disconnect());
    o.observe(document, { subtree: true, childList: true });
  }
}

await bounded('offline-diag', 5 * 60_000, async ({ onCleanup }) => {
  const { server, browser } = await appAndBrowser(onCleanup);
  const { context: ctx, page: app } = await installedApp(browser, server.url, watch);
  await ctx.setOffline(true);
  const runs = Number(process.env.RUNS ?? 3);
  for (let i = 0; i < runs; i++) {
    const cdp = await ctx.newCDPSession(app);
    const prof = process.env.PROFILE && i === runs - 1;
    if (prof) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await app.goto('/lessons', { waitUntil: 'commit' });
    await app.waitForFunction(() => window.__firstRow !== undefined, null, { timeout: 30_000 });
    await app.waitForTimeout(600);
    if (prof) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync('/tmp/offline.cpuprofile', JSON.stringify(profile));
    }
    const r = await app.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance
        .getEntriesByType('resource')
        .map(
          (e) =>
            `${Math.round(e.startTime)}-${Math.round(e.responseEnd)} ${e.name.replace(location.origin, '')}`,
        );
      const marks = performance
        .getEntriesByType('mark')
        .map((m) => `${Math.round(m.startTime)} ${m.name}`);
      const paints = performance
        .getEntriesByType('paint')
        .map((p) => `${p.name} ${Math.round(p.startTime)}`);
      return {
        nav: {
          workerStart: nav.workerStart,
          fetchStart: nav.fetchStart,
          responseStart: nav.responseStart,
          responseEnd: nav.responseEnd,
          domInteractive: nav.domInteractive,
          dcl: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd,
        },
        res,
        marks,
        paints,
        lcp: window.__lcp,
        lt: window.__lt,
        tx: window.__tx.sort((a, b) => a[0] - b[0]).map((x) => x.join(' ')),
        row: window.__firstRow,
      };
    });
    console.log(JSON.stringify(r, null, 1));
  }
});
