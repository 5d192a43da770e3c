import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePhone } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { markServerLog, serverRequestsBetween } from './support/server-log.ts';
import {
  serviceWorkerScript,
  waitForServiceWorker,
  withoutUpdateChecks,
} from './support/service-worker.ts';
import { signIn } from './support/sign-in.ts';

const TABS = ['微党课', '主题党日', '服务', '我的'];

const mainNav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

async function expectMainNav(page: Page) {
  await mainNav(page).waitFor();
  for (const tab of TABS) {
    expect(await mainNav(page).getByRole('link', { name: tab }).count(), tab).toBe(1);
  }
}

/**
 * Reloads with the network off and returns what the app asked the server for meanwhile (as
 * "METHOD /path" lines, so a failure shows them), after `rendered` resolved and a second more
 * for anything started on load.
 */
async function offlineReload(page: Page, rendered: () => Promise<void>): Promise<string[]> {
  const swScript = await serviceWorkerScript(page);
  await page.context().setOffline(true);
  // A request the page sent while still online (the live stream a sync that just ended opens)
  // can reach the server a moment after this point; once offline, nothing new can. Mark after it.
  await page.waitForTimeout(300);
  const from = await markServerLog();
  await page.reload();
  await rendered();
  await page.waitForTimeout(1000);
  const requests = serverRequestsBetween(from, await markServerLog());
  return withoutUpdateChecks(requests, swScript).map((r) => `${r.method} ${r.url}`);
}

describe('the app shell offline', () => {
  const phone = usePhone();

  it('shows the sign-in screen from the service worker without reaching the server', async () => {
    const { page } = phone;
    await page.goto('/');
    await page.getByRole('heading', { name: '连心' }).waitFor();
    await waitForServiceWorker(page);

    // The request log does see this page's requests: without that, "none" below would prove nothing.
    const before = await markServerLog();
    await page.evaluate(() => fetch('/api/health').then((r) => r.status));
    expect(serverRequestsBetween(before, await markServerLog())).toContainEqual({
      method: 'GET',
      url: '/api/health',
    });

    const requests = await offlineReload(page, () =>
      page.getByRole('heading', { name: '连心' }).waitFor(),
    );
    expect(requests).toEqual([]);
  });

  it('keeps a signed-in member signed in, with the main navigation, after an offline reload', async () => {
    const { page } = phone;
    await page.goto('/');
    await signIn(page, 'member');
    await expectMainNav(page);
    await waitForServiceWorker(page);
    await expectMainNav(page);

    await mainNav(page).getByRole('link', { name: '微党课' }).click();
    // Not 'networkidle': a signed-in page online holds its live stream open for good.
    await page.getByRole('main').getByRole('link').first().waitFor();
    await screenshot(page, 'shell-lessons');

    const requests = await offlineReload(page, () => expectMainNav(page));
    expect(await page.getByLabel('登录名').count()).toBe(0);
    expect(requests).toEqual([]);
  });

  it('comes back in English offline: the shell and a feature screen load their texts from the cache', async () => {
    const { page } = phone;
    await page.goto('/');
    await signIn(page, 'member');
    await expectMainNav(page);
    await waitForServiceWorker(page);
    await mainNav(page).getByRole('link', { name: '我的' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    const englishNav = page.getByRole('navigation', { name: 'Main' });
    await englishNav.getByRole('link', { name: 'Lessons' }).click();
    await page.getByRole('heading', { level: 1, name: 'Micro-lessons' }).waitFor();

    // English texts are chunks of their own (the shell's and each feature's): after an offline
    // reload they come from the service worker, before the first paint of the English screen.
    const requests = await offlineReload(page, () =>
      page.getByRole('heading', { level: 1, name: 'Micro-lessons' }).waitFor(),
    );
    for (const tab of ['Lessons', 'Party days', 'Services', 'Me']) {
      expect(await englishNav.getByRole('link', { name: tab }).count(), tab).toBe(1);
    }
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await mainNav(page).count()).toBe(0);
    expect(requests).toEqual([]);
  });
});
