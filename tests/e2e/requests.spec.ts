import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPhoneContext, usePhone } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { signIn } from './support/sign-in.ts';
import { waitForServiceWorker } from './support/service-worker.ts';

const mainNav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

async function openServices(page: Page, login: string) {
  await page.goto('/');
  await signIn(page, login);
  await mainNav(page).getByRole('link', { name: '服务' }).click();
  await page.getByRole('heading', { name: '党群服务', level: 1 }).waitFor();
}

/** A camera-sized photo made in the browser (smooth shading with grain), as a phone hands it over. */
async function cameraPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const w = 3000;
    const h = 2000;
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d')!;
    const sky = ctx.createLinearGradient(0, 0, w, h);
    sky.addColorStop(0, '#c8102e');
    sky.addColorStop(0.5, '#f6d7a7');
    sky.addColorStop(1, '#1b4785');
    ctx.fillStyle = sky;
    ctx.fillRect(0, 0, w, h);
    for (let i = 0; i < 4000; i++) {
      ctx.fillStyle = `hsl(${(i * 37) % 360} 60% 50% / 0.3)`;
      ctx.fillRect((i * 7919) % w, (i * 104729) % h, 24, 24);
    }
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  return Buffer.from(base64, 'base64');
}

const pendingBadge = (page: Page) => page.getByText('等待同步', { exact: true });

describe('service requests and room booking on phones that go on and off line', () => {
  // Chromium's offline emulation does not hold a service worker back (its Background Sync would push
  // while the page is "offline"), so these phones run without one; the organizer test uses one on
  // purpose, to reach a screen it has not opened before while offline.
  const noWorker = { serviceWorkers: 'block' } as const;
  const phone = usePhone(noWorker);
  const title = `期权协议审查 ${Date.now().toString(36)}`;

  it('a member files a request with a photo offline; it shows as waiting, then as submitted', async () => {
    const { page, context } = phone;
    await openServices(page, 'member');
    await page.getByRole('link', { name: '我要点单' }).click();
    await page.getByRole('radio', { name: /法律服务/ }).check();
    await page.getByLabel('标题').fill(title);
    await page
      .getByLabel('详细说明')
      .fill('团队准备设期权池，想请律师看看协议里离职回购的条款是否稳妥。');
    await page.getByText(/最多 3 张，每张会在手机上压缩到 200 KB 以内/).waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'IMG_0001.png',
      mimeType: 'image/png',
      buffer: await cameraPhoto(page),
    });
    await page.getByRole('img', { name: '第 1 张照片' }).waitFor();
    await screenshot(page, 'requests-member-new');

    await context.setOffline(true);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await pendingBadge(page).first().waitFor();
    expect(await page.getByText('已提交', { exact: true }).count()).toBeGreaterThan(0);

    await context.setOffline(false);
    await pendingBadge(page).first().waitFor({ state: 'detached', timeout: 30_000 });
    // the photo now comes from the server, fetched with the token and shown through an object URL
    await page.locator('img[alt="第 1 张照片"][src^="blob:"]').waitFor({ timeout: 30_000 });
    await page.getByText('陈晓创 提交了请求').waitFor();
    await screenshot(page, 'requests-member-detail');
  });

  it('staff take it from their queue, work it offline, and the member follows along', async () => {
    const { page, context, browser } = phone;
    await openServices(page, 'staff');
    await page.getByRole('link', { name: '接单台' }).click();
    await page.getByRole('heading', { name: '接单台', level: 1 }).waitFor();
    await page.getByRole('link', { name: new RegExp(title) }).waitFor();
    await screenshot(page, 'requests-staff-queue');

    await page.getByRole('link', { name: new RegExp(title) }).click();
    await context.setOffline(true);
    await page.getByRole('button', { name: '接单', exact: true }).click();
    await page.getByText('周律师 接单').waitFor();
    await page.getByRole('button', { name: '开始办理' }).click();
    await page.getByLabel('处理说明').fill('已约周三上午在红色会客厅面谈，请带上协议原稿。');
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByText('周律师 开始办理').waitFor();
    await page.getByLabel('写留言').fill('协议模板收到了，面谈时一起过条款。');
    await page.getByRole('button', { name: '发送', exact: true }).click();
    await pendingBadge(page).first().waitFor();
    await context.setOffline(false);
    await pendingBadge(page).first().waitFor({ state: 'detached', timeout: 30_000 });
    // the photo that could not load offline is fetched once the phone is back online
    await page.locator('img[alt="第 1 张照片"][src^="blob:"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'requests-staff-detail');

    // The member's phone picks up the steps, the note and the message.
    const memberContext = await newPhoneContext(browser, noWorker);
    try {
      const member = await memberContext.newPage();
      await openServices(member, 'member');
      await member.getByRole('link', { name: new RegExp(title) }).click();
      await member.getByText('周律师 开始办理').waitFor({ timeout: 30_000 });
      await member.getByText('已约周三上午在红色会客厅面谈，请带上协议原稿。').waitFor();
      await member.getByText('协议模板收到了，面谈时一起过条款。').waitFor();
      expect(await member.getByText('办理中', { exact: true }).count()).toBeGreaterThan(0);
    } finally {
      await memberContext.close();
    }
  });

  it('two members book the same slot offline: one gets it, the other is told plainly', async () => {
    const { browser } = phone;
    const contexts: BrowserContext[] = [];
    try {
      const phones: Page[] = [];
      for (const login of ['member', 'member2']) {
        const context = await newPhoneContext(browser, noWorker);
        contexts.push(context);
        const page = await context.newPage();
        await openServices(page, login);
        await page.getByRole('link', { name: '预约场地' }).click();
        await page.getByRole('link', { name: /创客路演室/ }).click();
        // the last day on offer, late in the evening: no other spec books it
        await page.locator('.day-picker__day').last().click();
        await page.getByRole('button', { name: '20:00，可预约' }).waitFor();
        phones.push(page);
      }
      const [first, second] = phones as [Page, Page];
      for (const [i, page] of phones.entries()) {
        await contexts[i]!.setOffline(true);
        await page.getByRole('button', { name: '20:00，可预约' }).click();
        await page.getByLabel('用途').fill(i === 0 ? '项目路演彩排' : '支部读书会');
        await page.getByRole('button', { name: '确认预约' }).click();
        await page.getByRole('button', { name: '20:00，我的预约' }).waitFor();
      }
      await contexts[0]!.setOffline(false);
      await first.getByRole('link', { name: '返回' }).click();
      await first.getByText('项目路演彩排').waitFor();
      await first.getByText('等待确认').waitFor({ state: 'detached', timeout: 30_000 });

      await contexts[1]!.setOffline(false);
      await second.getByText('这个时段已被别人先订了').waitFor({ timeout: 30_000 });
      await second.getByRole('button', { name: '20:00，已被预约' }).waitFor();
      await screenshot(second, 'requests-booking-taken');
      await second.getByRole('button', { name: '重新选时段' }).click();
      await second.getByRole('button', { name: '19:00，可预约' }).click();
      await second.getByLabel('用途').fill('支部读书会');
      await second.getByRole('button', { name: '确认预约' }).click();
      await second.getByRole('button', { name: '19:00，我的预约' }).waitFor();
    } finally {
      for (const c of contexts) await c.close();
    }
  });

  it('an organizer sees the overview offline and adds a room', async () => {
    const context = await newPhoneContext(phone.browser);
    try {
      const page = await context.newPage();
      await openServices(page, 'organizer');
      // Screens not yet visited load from the service worker's precache while offline.
      await waitForServiceWorker(page);
      await page.getByRole('link', { name: '服务概览' }).click();
      await page.getByRole('heading', { name: '服务概览', level: 1 }).waitFor();
      await page.getByText('接单用时（中位数）').waitFor();
      await page.getByRole('img', { name: /近 8 周每周新增请求/ }).waitFor();
      await screenshot(page, 'requests-organizer-overview');

      await context.setOffline(true);
      await page.getByRole('link', { name: '返回' }).click();
      await page.getByRole('link', { name: '场地管理' }).click();
      await page.getByRole('button', { name: '新增场地' }).click();
      await page.getByLabel('名称').fill('支部小会议室');
      await page.getByLabel('位置').fill('星火创业园 A 座 5 层');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('支部小会议室').waitFor();
    } finally {
      await context.close();
    }
  });
});
