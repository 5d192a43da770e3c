import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, newPhoneContext } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { signIn } from './support/sign-in.ts';

const LESSON = '初心在身边：创业青年的三件小事';
const PASSWORD = 'xin-mima-2026';
const PC: BrowserContextOptions = {
  viewport: { width: 1280, height: 900 },
  isMobile: false,
  hasTouch: false,
  deviceScaleFactor: 1,
};
const noWorker: BrowserContextOptions = { serviceWorkers: 'block' };

const freshPhone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

async function organizerAt(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await newPhoneContext(browser, { ...noWorker, ...options });
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, 'organizer');
  return page;
}

/** The invitation link of the organizer's branch, made now (a new code each run). */
async function inviteLink(page: Page, size: string): Promise<string> {
  await page.goto('/members/invite');
  await page.getByRole('heading', { name: '邀请码', level: 1 }).waitFor();
  await page.getByRole('button', { name: '生成新邀请码' }).click();
  const link = page.getByRole('link', { name: /\/join\?c=/ });
  await link.waitFor({ timeout: 30_000 });
  await page.getByRole('img', { name: '创客联合党支部的加入邀请二维码' }).waitFor();
  await screenshot(page, `members-invite-${size}`);
  const href = await link.getAttribute('href');
  expect(href).toMatch(/\/join\?c=[^&]{8,}$/);
  return new URL(href!).pathname + new URL(href!).search;
}

/** A newcomer at the service centre: scans the code, fills in the form with no account. */
async function requestToJoin(
  browser: Browser,
  path: string,
  name: string,
  phone: string,
  size: string,
  options: BrowserContextOptions,
) {
  const context = await newPhoneContext(browser, { ...noWorker, ...options });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole('heading', { name: '申请加入', level: 1 }).waitFor();
  await page.getByLabel('姓名').fill(name);
  // checked as typed
  await page.getByLabel('手机号').fill('1371234');
  await page.getByText('手机号应为 11 位，以 1 开头，例如 13812345678。').waitFor();
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('工作单位（可不填）').fill('星火智造科技有限公司');
  await page.getByRole('radio', { name: '预备党员' }).check();
  await screenshot(page, `members-join-form-${size}`);
  await page.getByRole('button', { name: '提交申请' }).click();
  await page.getByRole('heading', { name: '已提交', level: 1 }).waitFor();
  return page;
}

/** The organizer approves; the code comes back with the synced request. */
async function approve(page: Page, name: string, size: string): Promise<string> {
  await page.goto('/members/joins');
  const request = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  await request.waitFor({ timeout: 30_000 });
  expect(await request.textContent()).toContain('星火智造科技有限公司');
  expect(await request.textContent()).toContain('预备党员');
  await request.getByRole('button', { name: '通过', exact: true }).click();
  const approved = page.getByRole('listitem').filter({ hasText: name }).locator('.activation-code');
  await approved.waitFor({ timeout: 30_000 });
  const code = (await approved.textContent())?.trim() ?? '';
  expect(code).toMatch(/^[2-9A-Z]{10,}$/);
  await screenshot(page, `members-joins-approved-${size}`);
  return code;
}

/** The newcomer sets a password with the code, is signed in, and sees the branch's lessons. */
async function activateAndLearn(page: Page, phone: string, code: string, size: string) {
  await page.getByRole('link', { name: '我已拿到激活码' }).click();
  await page.getByRole('heading', { name: '首次登录', level: 1 }).waitFor();
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('激活码').fill(code.toLowerCase());
  await page.getByLabel('新密码', { exact: true }).fill(PASSWORD);
  await page.getByLabel('再输一次新密码').fill('not-the-same');
  await page.getByRole('button', { name: '设置密码并登录' }).click();
  await page.getByText('两次输入的密码不一样。').waitFor();
  await page.getByLabel('再输一次新密码').fill(PASSWORD);
  await screenshot(page, `members-activate-${size}`);
  await page.getByRole('button', { name: '设置密码并登录' }).click();
  await page
    .getByRole('list', { name: '课程列表' })
    .getByRole('link', { name: new RegExp(LESSON) })
    .waitFor({
      timeout: 30_000,
    });
  expect(new URL(page.url()).pathname).toBe('/lessons');
}

/** On 我的 the new member changes the password; offline the form says it needs the network. */
async function changePassword(page: Page, size: string) {
  await page.goto('/me');
  const form = page.getByRole('region', { name: '修改密码' });
  await form.getByLabel('当前密码').fill(PASSWORD);
  await form.getByLabel('新密码', { exact: true }).fill(`${PASSWORD}-2`);
  await form.getByLabel('再输一次新密码').fill(`${PASSWORD}-2`);
  await form.getByRole('button', { name: '修改密码' }).click();
  await form.getByText('密码已修改，其他设备上的登录已退出。').waitFor();
  await page.context().setOffline(true);
  await form.getByText('修改密码需要联网，现在没有网络。').waitFor();
  expect(await form.getByRole('button', { name: '修改密码' }).isDisabled()).toBe(true);
  await screenshot(page, `members-password-offline-${size}`);
  await page.context().setOffline(false);
}

describe('a newcomer joins with an invitation code', () => {
  for (const [size, options] of [
    ['360', {}],
    ['1280', PC],
  ] as const) {
    it(`at ${size} px: invite, request, approval, activation, lessons`, async () => {
      const browser = await launchBrowser();
      try {
        const organizer = await organizerAt(browser, options);
        const path = await inviteLink(organizer, size);
        const name = `新党员${size}`;
        const phone = freshPhone();
        const newcomer = await requestToJoin(browser, path, name, phone, size, options);
        const code = await approve(organizer, name, size);
        await activateAndLearn(newcomer, phone, code, size);
        await changePassword(newcomer, size);

        // The code was single-use: the organizer's roll now shows the account as activated.
        await organizer.goto('/members');
        const search = organizer.getByLabel('搜索姓名或手机号');
        await search.fill(phone);
        await organizer.getByText('已激活').first().waitFor({ timeout: 30_000 });
      } finally {
        await browser.close();
      }
    });
  }

  it('an invitation code made offline shows once synced, and is revoked after a confirmation', async () => {
    const browser = await launchBrowser();
    try {
      const page = await organizerAt(browser, {});
      await page.goto('/members/invite');
      await page.getByRole('heading', { name: '邀请码', level: 1 }).waitFor();
      await page.context().setOffline(true);
      await page.getByLabel('有效天数').fill('7');
      await page.getByRole('button', { name: '生成新邀请码' }).click();
      await page.getByText('邀请码同步后显示。').waitFor();
      await page.context().setOffline(false);
      const link = page.getByRole('link', { name: /\/join\?c=/ });
      await link.waitFor({ timeout: 30_000 });
      const week = new Date(Date.now() + 7 * 86_400_000 + 8 * 3_600_000);
      await page
        .getByText(
          `有效期至 ${week.getUTCFullYear()}年${week.getUTCMonth() + 1}月${week.getUTCDate()}日`,
        )
        .waitFor();

      const href = (await link.getAttribute('href'))!;
      await page.getByRole('button', { name: '作废' }).click();
      const dialog = page.getByRole('alertdialog', { name: '作废这个邀请码？' });
      await dialog.getByRole('button', { name: '取消' }).last().click();
      expect(await link.getAttribute('href')).toBe(href);
      await page.getByRole('button', { name: '作废' }).click();
      await dialog.getByRole('button', { name: '作废' }).click();
      // gone at once (an older code of this branch still valid would show in its place)
      await page.getByRole('link', { name: href }).waitFor({ state: 'detached' });
    } finally {
      await browser.close();
    }
  });

  it('an unknown invitation code is refused in words', async () => {
    const browser = await launchBrowser();
    try {
      const context = await newPhoneContext(browser, noWorker);
      const page = await context.newPage();
      await page.goto('/join?c=NOSUCHCODE1');
      await page.getByLabel('姓名').fill('试一下');
      await page.getByLabel('手机号').fill(freshPhone());
      await page.getByRole('button', { name: '提交申请' }).click();
      await page.getByText('这个邀请码无效或已过期。请向支部要一个新的邀请码。').waitFor();
    } finally {
      await browser.close();
    }
  });
});
