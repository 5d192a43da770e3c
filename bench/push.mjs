// npm run bench:push — a signed-in member goes offline and answers a party day's RSVP 1,000 times
// through the app's own buttons (each tap is one queued mutation, written by the app's mutate path),
// then comes back online: the time until the outbox is empty (pushed, confirmed by the pull that
// follows) and the round trips it took.
import { recordResults } from './lib/results.mjs';
import { appAndBrowser, PHONE, signInSynced } from './lib/browser.mjs';
import { bounded, round } from './lib/run.mjs';

const MUTATIONS = Number(process.env.BENCH_MUTATIONS ?? 1000);
const LIMIT_MS = 8 * 60_000;

/** In the page: rows in one store of the app's database (a fresh connection each time). */
function countStore(store) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('lianxin');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const r = db.transaction(store).objectStore(store).count();
      r.onsuccess = () => {
        db.close();
        resolve(r.result);
      };
    };
  });
}

/** In the page: the first party day still to come. */
function upcomingEvent() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('lianxin');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const r = db.transaction('events').objectStore('events').getAll();
      r.onsuccess = () => {
        db.close();
        const now = new Date().toISOString();
        const e = r.result
          .filter((x) => x.startsAt > now && x.status !== 'cancelled')
          .sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1))[0];
        resolve(e?.id ?? null);
      };
    };
  });
}

/** In the page: taps the two RSVP buttons in turn, `n` taps, letting each write start. */
async function tap(n) {
  const going = [...document.querySelectorAll('button')].find((b) => b.textContent === '我参加');
  const notGoing = [...document.querySelectorAll('button')].find((b) => b.textContent === '来不了');
  for (let i = 0; i < n; i++) {
    (i % 2 ? going : notGoing).click();
    await new Promise((r) => setTimeout(r, 0));
  }
}

async function until(check, timeoutMs, everyMs) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

await bounded('push', LIMIT_MS, async ({ onCleanup }) => {
  const { server, browser } = await appAndBrowser(onCleanup);
  const context = await browser.newContext({ ...PHONE, baseURL: server.url });
  const page = await context.newPage();
  await signInSynced(page, '/events');
  const eventId = await page.evaluate(upcomingEvent);
  if (!eventId) throw new Error('no upcoming party day in the demo content');
  await page.goto(`/events/${eventId}`);
  await page.getByRole('button', { name: '我参加' }).waitFor();

  await context.setOffline(true);
  const queuedStart = Date.now();
  await page.evaluate(tap, MUTATIONS);
  await until(async () => (await page.evaluate(countStore, 'outbox')) >= MUTATIONS, 120_000, 100);
  const queueMs = Date.now() - queuedStart;

  // The page or its service worker (Background Sync) may send them: count what reached the server.
  await server.mark();
  const logBefore = server.requests().length;
  const started = Date.now();
  await context.setOffline(false);
  await until(async () => (await page.evaluate(countStore, 'outbox')) === 0, 180_000, 20);
  const wallMs = Date.now() - started;
  const refused = await page.evaluate(countStore, 'refused');
  await context.close();

  await server.mark();
  const logged = server
    .requests()
    .slice(logBefore)
    .filter((r) => r.url.startsWith('/api/sync/'));
  if (process.env.BENCH_DEBUG) console.log(server.requests().slice(logBefore - 3));
  const pushes = logged.filter((r) => r.url.startsWith('/api/sync/push')).length;
  const pulls = logged.filter((r) => r.url.startsWith('/api/sync/pull')).length;
  const figures = {
    mutations: MUTATIONS,
    queueOfflineMs: queueMs,
    wallMs,
    perSecond: round((MUTATIONS / wallMs) * 1000),
    roundTrips: pushes + pulls,
    pushes,
    pulls,
    syncRequests: logged.map((r) => r.url.split('?')[0]).join(' '),
    refused,
  };
  const lines = [
    `${MUTATIONS} RSVP taps queued offline through the app in ${queueMs} ms`,
    `online → outbox empty: ${wallMs} ms (${figures.perSecond} mutations/s confirmed)`,
    `round trips: ${pushes + pulls} (${pushes} push, ${pulls} pull; push holds at most 500)`,
    `  in order: ${figures.syncRequests}`,
    `refused by the server: ${refused}`,
  ];
  for (const l of lines) console.log(l);
  recordResults('push', figures, lines);
});
