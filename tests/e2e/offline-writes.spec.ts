import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePhone } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import { sharedServer } from './support/shared-server.ts';

/**
 * Writes made offline survive a reload while still offline (shown as waiting), go out
 * when the phone is back online, and the server holds them once.
 */
const pending = (page: Page) => page.getByText('等待同步', { exact: true });

async function requestsTitled(title: string): Promise<number> {
  const base = sharedServer().url;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'member2', password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${base}/api/sync/pull?clientId=${crypto.randomUUID()}&limit=1000`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { changes } = (await res.json()) as {
    changes: { type: string; data?: { title?: string } }[];
  };
  return changes.filter((c) => c.type === 'request' && c.data?.title === title).length;
}

describe('offline writes across a reload', () => {
  const phone = usePhone();

  it('keeps a request filed offline through an offline reload, then confirms it once', async () => {
    const { page, context } = phone;
    const title = `离线续传测试 ${Date.now().toString(36)}`;
    await page.goto('/');
    await signIn(page, 'member2');
    await waitForServiceWorker(page);
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '服务' })
      .click();
    await page.getByRole('link', { name: '我要点单' }).click();
    await page.getByRole('radio', { name: /综合服务/ }).check();
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('详细说明').fill('想了解园区工位续租和发票开具的流程。');

    // Offline for the page and for the service worker's own requests (Background Sync included).
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await context.setOffline(true);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await pending(page).first().waitFor();

    await page.reload();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await pending(page).first().waitFor();
    expect(await requestsTitled(title)).toBe(0);

    await context.unroute('**/api/**');
    await context.setOffline(false);
    await pending(page).first().waitFor({ state: 'detached', timeout: 45_000 });
    expect(await requestsTitled(title)).toBe(1);
    // a second sync changes nothing on the server
    await page.reload();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(await requestsTitled(title)).toBe(1);
  });
});
