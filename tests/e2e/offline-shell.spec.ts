import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePhone } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { serverRequests } from './support/server-log.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { signIn } from './support/sign-in.ts';

const TABS = ['微党课', '主题党日', '服务', '我的'];

const mainNav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

async function expectMainNav(page: Page) {
  await mainNav(page).waitFor();
  for (const tab of TABS) {
    expect(await mainNav(page).getByRole('link', { name: tab }).count(), tab).toBe(1);
  }
}

/** Lets late requests (a sync started on load, an update check) arrive before counting. */
const settle = (page: Page) => page.waitForTimeout(1000);

describe('the app shell offline', () => {
  const phone = usePhone();

  it('shows the sign-in screen from the service worker without reaching the server', async () => {
    const { page, context } = phone;
    await page.goto('/');
    await page.getByRole('heading', { name: '连心' }).waitFor();
    await waitForServiceWorker(page);

    // The request log does see this page's requests: without that, "none" below would prove nothing.
    const seen = serverRequests().length;
    await page.evaluate(() => fetch('/api/health').then((r) => r.status));
    expect(serverRequests().slice(seen)).toContainEqual({ method: 'GET', url: '/api/health' });

    await context.setOffline(true);
    const offlineFrom = serverRequests().length;
    await page.reload();
    await page.getByRole('heading', { name: '连心' }).waitFor();
    await settle(page);
    expect(serverRequests().slice(offlineFrom)).toEqual([]);
  });

  it('keeps a signed-in member signed in, with the main navigation, after an offline reload', async () => {
    const { page, context } = phone;
    await page.goto('/');
    await signIn(page, 'member');
    await expectMainNav(page);
    await waitForServiceWorker(page);
    await expectMainNav(page);

    await mainNav(page).getByRole('link', { name: '微党课' }).click();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'shell-lessons');

    await context.setOffline(true);
    const offlineFrom = serverRequests().length;
    await page.reload();
    await expectMainNav(page);
    expect(await page.getByLabel('登录名').count()).toBe(0);
    await settle(page);
    expect(serverRequests().slice(offlineFrom)).toEqual([]);
  });
});
