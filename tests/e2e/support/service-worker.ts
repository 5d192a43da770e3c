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
