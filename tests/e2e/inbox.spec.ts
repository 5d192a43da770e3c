import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPhoneContext } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { signIn } from './support/sign-in.ts';

/**
 * The inbox in Chromium (docs/notices.md): an organizer publishes a notice from one phone; a
 * member's phone shows it with the unread count on the tab bar, and it stays readable offline.
 */
const mainNav = (page: Page) => page.getByRole('navigation', { name: '主导航' });
const inboxTab = (page: Page) => mainNav(page).getByRole('link', { name: /^通知/ });

/** The number in the inbox tab's name ("通知 3 条未读"), 0 when it has none. */
async function unread(page: Page): Promise<number> {
  // the words a screen reader hears; the badge's digits beside them are hidden from it
  const words = inboxTab(page).getByText(/条未读/);
  if ((await words.count()) === 0) return 0;
  const m = /(\d+) 条未读/.exec((await words.textContent()) ?? '');
  return m ? Number(m[1]) : 0;
}

describe('the inbox', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a notice an organizer publishes on the member phone, with the unread count, also offline', async () => {
    const title = `支部通知 ${Date.now().toString(36)}`;
    const body = '本周五下午三点在三楼会议室召开支部党员大会，请准时参加。';

    // the member's phone first, so its service worker is ready before the network goes
    const memberContext = await newPhoneContext(browser);
    const member = await memberContext.newPage();
    await member.goto('/');
    await signIn(member, 'member');
    await waitForServiceWorker(member);
    await inboxTab(member).waitFor();

    const organizerContext = await newPhoneContext(browser, { serviceWorkers: 'block' });
    const organizer = await organizerContext.newPage();
    await organizer.goto('/');
    await signIn(organizer, 'organizer');
    await inboxTab(organizer).click();
    await organizer.getByRole('link', { name: '发布通知' }).click();
    await organizer.getByLabel('标题').fill(title);
    await organizer.getByLabel('正文').fill(body);
    await organizer.getByRole('button', { name: '发布', exact: true }).click();
    await organizer.getByRole('alertdialog').getByRole('button', { name: '发布' }).click();
    // back on the list, the notice shows at once and is confirmed by the next sync
    await organizer.getByRole('link', { name: new RegExp(title) }).waitFor();
    await organizer
      .getByRole('link', { name: new RegExp(title) })
      .getByText('待同步')
      .waitFor({ state: 'detached', timeout: 30_000 });
    await screenshot(organizer, 'inbox-organizer');

    // the member's phone hears of it through the live stream and counts it unread
    await inboxTab(member).click();
    const item = member.getByRole('link', { name: new RegExp(title) });
    await item.waitFor({ timeout: 30_000 });
    expect(await item.getByText('未读').count()).toBe(1);
    const before = await unread(member);
    expect(before).toBeGreaterThan(0);
    await screenshot(member, 'inbox-member');

    await item.click();
    await member.getByRole('heading', { name: title }).waitFor();
    await member.getByText(body).waitFor();
    // opening it marks it read: the count goes down
    await expect.poll(() => unread(member), { timeout: 10_000 }).toBe(before - 1);

    // offline, after a reload from the service worker, the notice is still there to read
    await memberContext.setOffline(true);
    await member.reload();
    await inboxTab(member).click();
    await member.getByRole('link', { name: new RegExp(title) }).click();
    await member.getByRole('heading', { name: title }).waitFor();
    await member.getByText(body).waitFor();
    await screenshot(member, 'inbox-offline');

    await memberContext.close();
    await organizerContext.close();
  });
});
