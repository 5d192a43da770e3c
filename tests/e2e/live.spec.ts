import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhoneContext } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import { sharedServer } from './support/shared-server.ts';

/**
 * Live updates in Chromium: with the app's sync timers switched off on the watching phone, a
 * change made on another phone still reaches its screen within two seconds (the live stream's
 * poke makes it pull).
 */

/**
 * The app's periodic syncs (the 30-second timer, the check-in screen's 8 seconds) are intervals of
 * seconds; this phone never runs them, so only a poke can bring news. Short intervals (the check-in
 * code's clock) and every timeout keep working.
 */
function timersOff() {
  const original = window.setInterval.bind(window);
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) =>
    (ms ?? 0) >= 5000 ? 0 : original(handler, ms, ...args)) as typeof window.setInterval;
}

async function phone(browser: Browser, login: string, opts: { timers: boolean }) {
  const context = await newPhoneContext(browser, { serviceWorkers: 'block' });
  if (!opts.timers) await context.addInitScript(timersOff);
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, login);
  return { context, page };
}

async function apiToken(login: string): Promise<string> {
  const res = await fetch(`${sharedServer().url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  return ((await res.json()) as { token: string }).token;
}

async function pushAs(token: string, name: string, args: Record<string, unknown>) {
  const res = await fetch(`${sharedServer().url}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      clientId: crypto.randomUUID(),
      schemaVersion: 1,
      mutations: [{ seq: 1, name, args, at: new Date().toISOString() }],
    }),
  });
  const body = (await res.json()) as { results: { status: string }[] };
  expect(body.results[0]!.status).toBe('applied');
}

async function me(token: string): Promise<{ orgId: string }> {
  const res = await fetch(`${sharedServer().url}/api/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await res.json()) as { orgId: string };
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

async function openEvent(page: Page, title: string) {
  await mainNav(page).getByRole('link', { name: '主题党日' }).click();
  await page.getByRole('link', { name: new RegExp(title) }).click({ timeout: 30_000 });
  await page.getByRole('heading', { name: title }).waitFor();
}

const countOf = async (page: Page) =>
  Number(
    /已签到 (\d+)/.exec((await page.getByText(/已签到 \d+ \/ \d+ 人/).textContent()) ?? '')![1],
  );

describe('live updates', () => {
  it('a member checks in on their phone; the organizer’s check-in screen, timers off, counts them within 2 s', async () => {
    // A party day of its own, in progress now, so earlier check-ins of other tests do not matter.
    const organizerToken = await apiToken('organizer');
    const title = `即时签到 ${Date.now().toString(36)}`;
    const start = new Date(Date.now() - 10 * 60_000);
    await pushAs(organizerToken, 'event.save', {
      id: crypto.randomUUID(),
      orgId: (await me(organizerToken)).orgId,
      title,
      theme: '即时更新',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
      venue: '红色会客厅',
      agenda: [],
    });

    const browser = await launchBrowser();
    try {
      const organizer = await phone(browser, 'organizer', { timers: false });
      await openEvent(organizer.page, title);
      await organizer.page.getByRole('link', { name: '打开签到屏' }).click();
      const codeEl = organizer.page.locator('.desk__digits');
      await codeEl.waitFor();
      await organizer.page.getByText(/已签到 \d+ \/ \d+ 人/).waitFor();
      const before = await countOf(organizer.page);

      const member = await phone(browser, 'member', { timers: true });
      await openEvent(member.page, title);
      await member.page.getByRole('link', { name: '去签到' }).click();
      const code = ((await codeEl.textContent()) ?? '').replace(/\D/g, '');
      await member.page.getByLabel('签到码').fill(code);
      await member.page.getByRole('button', { name: '签到', exact: true }).click();
      // confirmed by the server: the check-in has committed
      await member.page.getByText(/签到成功/).waitFor({ timeout: 30_000 });
      const committed = Date.now();
      await organizer.page
        .getByText(new RegExp(`已签到 ${before + 1} / \\d+ 人`))
        .waitFor({ timeout: 2000 });
      expect(Date.now() - committed).toBeLessThan(2000);
    } finally {
      await browser.close();
    }
  });

  it('staff accept a request; the member’s phone, timers off, shows it within 2 s', async () => {
    const memberToken = await apiToken('member');
    const title = `即时受理 ${Date.now().toString(36)}`;
    await pushAs(memberToken, 'request.create', {
      id: crypto.randomUUID(),
      category: 'legal',
      title,
      body: '想请律师看看租赁合同里的违约条款。',
    });

    const browser = await launchBrowser();
    try {
      const member = await phone(browser, 'member', { timers: false });
      await mainNav(member.page).getByRole('link', { name: '服务' }).click();
      await member.page.getByRole('link', { name: new RegExp(title) }).click({ timeout: 30_000 });
      await member.page.getByRole('heading', { name: title, level: 1 }).waitFor();

      const staff = await phone(browser, 'staff', { timers: true });
      await mainNav(staff.page).getByRole('link', { name: '服务' }).click();
      await staff.page.getByRole('link', { name: '接单台' }).click();
      await staff.page.getByRole('link', { name: new RegExp(title) }).click({ timeout: 30_000 });
      await staff.page.getByRole('button', { name: '接单', exact: true }).click();
      await staff.page.getByText('周律师 接单').waitFor();
      // the acceptance has left the staff phone and committed
      await staff.page
        .getByText('等待同步', { exact: true })
        .first()
        .waitFor({ state: 'detached', timeout: 30_000 });
      const committed = Date.now();
      await member.page.getByText('周律师 接单').waitFor({ timeout: 2000 });
      expect(Date.now() - committed).toBeLessThan(2000);
    } finally {
      await browser.close();
    }
  });
});
