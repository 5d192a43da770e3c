import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchBrowser, newPhoneContext } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { signIn } from './support/sign-in.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import { sharedServer } from './support/shared-server.ts';

const LIVE_EVENT = '联合主题党日 · 轮值企业开放日';

/** The award calls are added to the lesson and check-in mutations at merge (docs in notes). */
function wired(): boolean {
  const root = join(import.meta.dirname, '../../src/server/mutations');
  const calls = (f: string) =>
    existsSync(join(root, f)) && readFileSync(join(root, f), 'utf8').includes('awardPoints');
  return calls('lesson-progress.ts') && calls('event-checkin-data.ts');
}

async function api<T>(path: string, token?: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sharedServer().url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return (await res.json()) as T;
}

describe.skipIf(!wired())('points', () => {
  it('a member completes a lesson and checks in offline, syncs, and sees the points and chart', async () => {
    const { token } = await api<{ token: string }>('/api/auth/login', undefined, {
      login: 'organizer',
      password: DEMO_PASSWORD,
    });
    const { changes } = await api<{
      changes: { type: string; id: string; data?: { title?: string } }[];
    }>(`/api/sync/pull?clientId=${crypto.randomUUID()}`, token);
    const eventId = changes.find((c) => c.type === 'event' && c.data?.title === LIVE_EVENT)!.id;
    const { url } = await api<{ url: string }>(`/api/events/${eventId}/checkin-code`, token);

    const browser = await launchBrowser();
    try {
      const context = await newPhoneContext(browser);
      const page = await context.newPage();
      await page.goto('/');
      // The organizer (also a member of branch A): the other specs share this server, and there
      // member has completed lessons and member2 has been checked in at the live party day already.
      await signIn(page, 'organizer');
      await waitForServiceWorker(page);
      // let the first sync bring the lessons before the network goes
      await page
        .getByRole('navigation', { name: '主导航' })
        .getByRole('link', { name: '微党课' })
        .click();
      // lesson rows (not just the downloads link) have arrived by sync
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('main a[href^="/lessons/"]')].some((a) =>
            /^\/lessons\/[0-9a-f-]{36}$/.test(a.getAttribute('href') ?? ''),
          ),
        undefined,
        { timeout: 30_000 },
      );

      await context.setOffline(true);
      // the first lesson this member has not completed yet
      const mark = page.getByRole('button', { name: /标记.*学完|学完了|完成学习/ });
      const links = await page
        .locator('main a[href^="/lessons/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      let found = false;
      for (const href of links.filter((h) => /^\/lessons\/[0-9a-f-]{36}$/.test(h)).slice(0, 8)) {
        await page.locator(`main a[href="${href}"]`).first().click();
        found = await mark
          .waitFor({ timeout: 5_000 })
          .then(() => true)
          .catch(() => false);
        if (found) break;
        await page.goBack();
      }
      expect(found).toBe(true);
      await mark.click();
      // the write is in IndexedDB once the screen says so; navigating earlier could abort it
      await page.getByText('已学完这节课').waitFor();
      // the check-in link, opened from the phone's camera while still offline
      await page.goto(url);
      await page.getByRole('heading', { name: '活动签到' }).waitFor();

      await page.goto('/me/points');
      await page.getByRole('heading', { name: '等待同步' }).waitFor();
      expect(await page.getByText(/学完微党课/).count()).toBeGreaterThan(0);

      await context.setOffline(false);
      const history = page
        .getByRole('region', { name: '积分明细' })
        .or(page.locator('section', { has: page.getByRole('heading', { name: '积分明细' }) }));
      await history.getByText('学完微党课').first().waitFor({ timeout: 30_000 });
      await history.getByText('参加主题党日签到').first().waitFor({ timeout: 30_000 });
      const total = Number(await page.getByTestId('points-total').textContent());
      expect(total).toBeGreaterThanOrEqual(30);
      expect(await page.getByRole('img', { name: '近 12 个月积分' }).count()).toBe(1);
      await screenshot(page, 'points-member');
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
