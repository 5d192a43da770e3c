import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPhoneContext } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { signIn } from './support/sign-in.ts';
import { signedInPhone } from './support/signed-in-phone.ts';
import { parkOrganizer, pullAs } from './support/pull-as.ts';

/**
 * The instructor logs a visit with two problems while offline (the draft surviving a reload on
 * the way); back online, the staff of the legal and talent groups find both requests in their
 * queue, marked as coming from the visit. Then she plans the half-yearly group discussion with
 * the network off: it is on her home at once and syncs when the network is back; and the park's
 * organizer records her yearly review at a desk.
 */
/** The smallest PNG there is: one pixel. */
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe("an instructor's visit, offline", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('logs a visit with two problems offline; staff see both requests, linked to the visit', async () => {
    const tag = Date.now().toString(36);
    const legal = `走访-用工合同 ${tag}`;
    const talent = `走访-实习生 ${tag}`;
    const { context, page } = await signedInPhone(browser, 'instructor');

    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '工作台' })
      .click();
    await page.getByRole('link', { name: /走访与工作日志/ }).click();
    await page.getByRole('heading', { name: '党建指导员', level: 1 }).waitFor();
    await page.getByText('已逾期').first().waitFor();
    await screenshot(page, 'instructor-home');
    const log = page.getByRole('link', { name: /记录走访/ }).first();
    const firm = ((await log.getAttribute('aria-label')) ?? '').replace(/^为 | 记录走访$/g, '');
    await log.click();
    await page.getByRole('heading', { name: '记录走访', level: 1 }).waitFor();

    // Offline for the page and for the service worker's own requests.
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await context.setOffline(true);

    await page.getByLabel('见了谁').fill('人事负责人刘女士');
    await page.getByLabel('交流情况').fill('了解用工和招聘情况。');
    await page.locator('input[type=file]').setInputFiles({
      name: 'visit.png',
      mimeType: 'image/png',
      buffer: Buffer.from(ONE_PIXEL_PNG, 'base64'),
    });
    await page.getByRole('img', { name: '第 1 张照片' }).waitFor();
    await page.getByRole('button', { name: '添加问题' }).click();
    const first = page.getByRole('group', { name: '问题 1' });
    await first.getByLabel('转给').selectOption('legal');
    await first.getByLabel('标题').fill(legal);
    await first.getByLabel('具体情况').fill('劳动合同模板想请律师把关。');
    await page.getByRole('button', { name: '添加问题' }).click();
    const second = page.getByRole('group', { name: '问题 2' });
    await second.getByLabel('转给').selectOption('talent');
    await second.getByLabel('标题').fill(talent);
    await second.getByLabel('具体情况').fill('暑期需要两名实习生，希望对接高校。');

    // Closing the app loses nothing: the draft is on the phone.
    await page.reload();
    await page.getByRole('group', { name: '问题 2' }).getByLabel('标题').waitFor();
    await page.getByRole('img', { name: '第 1 张照片' }).waitFor();
    await page.waitForFunction(
      (title) =>
        [...document.querySelectorAll('input')].some(
          (i) => (i as HTMLInputElement).value === title,
        ),
      talent,
    );
    await screenshot(page, 'instructor-visit-form');

    await page.getByRole('button', { name: '保存走访' }).click();
    await page.getByRole('status').filter({ hasText: '走访已记录' }).waitFor();
    await page.getByText(legal).waitFor();
    await page.getByText(talent).waitFor();
    await page.getByText('等待同步').first().waitFor();

    await context.unroute('**/api/**');
    await context.setOffline(false);
    await page.getByText('等待同步').first().waitFor({ state: 'detached', timeout: 45_000 });
    // the photo now comes from the server, fetched with the token
    await page.locator('img[alt="第 1 张照片"][src^="blob:"]').waitFor({ timeout: 30_000 });
    await context.close();

    const staff = await signedInPhone(browser, 'staff');
    await staff.page.goto('/services/queue');
    await staff.page.getByRole('heading', { name: '接单台', level: 1 }).waitFor();
    for (const title of [legal, talent]) {
      const row = staff.page.getByRole('link', { name: new RegExp(title) });
      await row.waitFor({ timeout: 30_000 });
      await row.getByText(`走访发现 · ${firm}`).waitFor();
    }
    await screenshot(staff.page, 'instructor-visit-staff-queue');
    await staff.context.close();
  });

  it("plans a discussion offline; the park's organizer records the yearly review", async () => {
    const topic = `座谈会-人才政策 ${Date.now().toString(36)}`;
    const { context, page } = await signedInPhone(browser, 'instructor');
    await page.goto('/instructor');
    await page.getByRole('heading', { name: '党建指导员', level: 1 }).waitFor();
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await context.setOffline(true);

    await page.getByRole('link', { name: '安排座谈会' }).click();
    await page.getByRole('heading', { name: '安排座谈会', level: 1 }).waitFor();
    await page.getByLabel('主题').fill(topic);
    await page.getByLabel('地点').fill('星火创业园 C 座共享会议室');
    const tomorrow = new Date(Date.now() + 8 * 3600_000 + 86400_000).toISOString().slice(0, 10);
    await page.getByLabel('时间').fill(`${tomorrow}T10:00`);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    // at once, on the home, waiting to sync
    await page.getByRole('status').filter({ hasText: '座谈会已保存' }).waitFor();
    const card = page.locator('.card').filter({ hasText: topic });
    await card.getByText('等待同步').waitFor();
    await screenshot(page, 'instructor-discussion-planned');

    await context.unroute('**/api/**');
    await context.setOffline(false);
    await card.getByText('等待同步').waitFor({ state: 'detached', timeout: 45_000 });
    await context.close();

    // the park's organizer at a desk: the table with the instructor's detail beside it
    const organizer = await newPhoneContext(browser, {
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      isMobile: false,
      hasTouch: false,
    });
    const desk = await organizer.newPage();
    await desk.goto('/');
    await signIn(desk, await parkOrganizer());
    await desk.goto('/instructor/review');
    await desk.getByRole('heading', { name: '指导员年度评议', level: 1 }).waitFor();
    await desk.getByRole('button', { name: '查看 王晓岚' }).click({ timeout: 30_000 });
    await desk.getByRole('heading', { name: '王晓岚', level: 2 }).waitFor();
    const notes = `按期联系，座谈会按时召开 ${Date.now().toString(36)}`;
    await desk.getByLabel('评议意见').fill(notes);
    await desk.getByRole('button', { name: '保存评议' }).click();
    await desk.getByRole('status').filter({ hasText: '评议已保存' }).waitFor();
    await desk.getByRole('heading', { name: '王晓岚', level: 2 }).scrollIntoViewIfNeeded();
    await screenshot(desk, 'instructor-review-1280');
    await expect
      .poll(async () => JSON.stringify(await pullAs('instructor')), {
        timeout: 30_000,
        interval: 500,
      })
      .toContain(notes);
    await organizer.close();
  });
});
