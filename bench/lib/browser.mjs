// Headless Debian Chromium for the browser benchmarks (flags as in tests/e2e/support/browser.ts).
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './results.mjs';
import { DEMO_PASSWORD, ensureBuilt, startServer, workDir } from './app-server.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const PHONE = {
  viewport: { width: 360, height: 780 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  serviceWorkers: 'allow',
};

export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** Fills the sign-in form as a person would; resolves when the form has gone. */
export async function signIn(page, login, password = DEMO_PASSWORD) {
  const field = page.getByLabel('登录名');
  await field.fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await field.waitFor({ state: 'detached', timeout: 60_000 });
}

/**
 * A member's phone with the app installed: opens the sign-in page (its service worker installs),
 * signs in and waits for the first sync to finish; the page is then at `next`.
 */
export async function signInSynced(page, next, login = 'member') {
  await page.goto(`/signin?next=${next}`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await signIn(page, login);
  await page.locator('.sync-pill--synced').waitFor({ timeout: 120_000 });
}

/** Waits for an active service worker that controls the page (reloading once if needed). */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, {
      timeout: 30_000,
    });
  }
}

/**
 * A member's phone with the app installed: a new context (with `initScript` before any page
 * script), signed in from /signin?next=/lessons with the service worker in control, synced, the
 * lesson list shown. The network is left on.
 */
export async function installedApp(browser, baseURL, initScript) {
  const context = await browser.newContext({ ...PHONE, baseURL });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  await page.goto('/signin?next=/lessons');
  await waitForServiceWorker(page);
  await signIn(page, 'member');
  await page.locator('.sync-pill--synced').waitFor({ timeout: 120_000 });
  await page.locator('.lesson-list .lesson-row').first().waitFor();
  return { context, page };
}

/**
 * What most browser benchmarks start from: the app built, the real server on a fresh demo
 * folder and a headless Chromium, each stopped and removed by `onCleanup` (bounded's).
 */
export async function appAndBrowser(onCleanup) {
  await ensureBuilt();
  const work = workDir();
  onCleanup(work.remove);
  const server = await startServer(work.dataDir);
  onCleanup(server.stop);
  const browser = await launchBrowser();
  onCleanup(() => browser.close());
  return { server, browser };
}
