import type { Page } from 'playwright-core';

/**
 * Waits until a service worker is active and controls the page. A first visit is not
 * controlled until the next load (the app does not claim clients), so reload once then.
 */
export async function waitForServiceWorker(page: Page, timeout = 30_000): Promise<void> {
  const active = await page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
      ]),
    timeout,
  );
  if (!active) throw new Error(`No service worker became active within ${timeout} ms.`);
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout,
  });
}

/** The path of the script of the service worker controlling the page, e.g. /sw.js. */
export function serviceWorkerScript(page: Page): Promise<string> {
  return page.evaluate(() => {
    const controller = navigator.serviceWorker.controller;
    if (!controller) throw new Error('No service worker controls the page.');
    return new URL(controller.scriptURL).pathname;
  });
}

/**
 * Leaves out the browser's own service-worker update checks (the worker script and the Workbox
 * runtime it imports). Chromium makes them itself after a navigation, outside the page and so
 * outside the offline emulation; a phone that is really offline just fails them. What is left
 * is what the app asked for.
 */
export function withoutUpdateChecks<T extends { url: string }>(
  requests: T[],
  swScript: string,
): T[] {
  return requests.filter((r) => {
    const path = r.url.split('?')[0] ?? '';
    return path !== swScript && !/^\/workbox-[\w-]+\.js$/.test(path);
  });
}
