import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newPhoneContext } from './browser.ts';
import { waitForServiceWorker } from './service-worker.ts';
import { signIn } from './sign-in.ts';

/** A new phone signed in as `login`, installed: the service worker serves the shell offline from here on. */
export async function signedInPhone(
  browser: Browser,
  login: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, login);
  await waitForServiceWorker(page);
  return { context, page };
}
