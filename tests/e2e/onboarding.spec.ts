import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, newPhoneContext } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { signIn } from './support/sign-in.ts';

/** A desk: 1280 px, mouse and keyboard. */
const DESK: BrowserContextOptions = {
  viewport: { width: 1280, height: 900 },
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false,
};
const HEADER = '姓名,手机号,支部,身份,入党日期';
const PARK = '星河园区党委';
const BRANCH_ONE = '星河第一联合党支部';
const BRANCH_TWO = '星河第二联合党支部';
const LESSON = '新支部的第一课：我们为什么在一起';
const ORGANIZER_PHONE = '13900000001';
const PASSWORD = 'xin-mima-2026';

let server: ServerProcess;
let browser: Browser;

/** The one-time administrator password a production server prints on an empty database. */
async function adminPassword(): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const match = /password: (\S+)/.exec(readFileSync(server.logFile, 'utf8'));
    if (match) return match[1]!;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server printed no administrator password');
}

async function open(options: BrowserContextOptions): Promise<Page> {
  const context = await newPhoneContext(browser, {
    baseURL: server.url,
    serviceWorkers: 'block',
    ...options,
  });
  return context.newPage();
}

/** Waits until the outbox is empty and the last sync went through. */
async function synced(page: Page) {
  await page.getByRole('button', { name: /同步状态：.*已同步/ }).waitFor({ timeout: 30_000 });
}

async function addBelow(page: Page, parent: string, kind: string, name: string) {
  await page.getByRole('button', { name: new RegExp(`^${parent}`) }).click();
  await page.getByRole('button', { name: '添加下级' }).click();
  const dialog = page.getByRole('dialog', { name: `在“${parent}”下添加` });
  await dialog.getByLabel('类型').selectOption({ label: kind });
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByRole('button', { name: '保存' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The code of a waiting account, as the roll shows it once the account has synced. */
async function codeOnRoll(page: Page, phone: string): Promise<string> {
  await page.goto('/members');
  await page.getByLabel('搜索姓名或手机号').fill(phone);
  const badge = page.getByText(/待激活，激活码 [2-9A-Z]{10,}/).first();
  await badge.waitFor({ timeout: 30_000 });
  return /激活码 ([2-9A-Z]+)/.exec((await badge.textContent()) ?? '')![1]!;
}

/** Sets a password with the code at /activate; signed in, the branch's lesson is listed. */
async function activateAndSeeLesson(page: Page, phone: string, code: string) {
  await page.goto('/activate');
  await page.getByRole('heading', { name: '首次登录', level: 1 }).waitFor();
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('激活码').fill(code);
  await page.getByLabel('新密码', { exact: true }).fill(PASSWORD);
  await page.getByLabel('再输一次新密码').fill(PASSWORD);
  await page.getByRole('button', { name: '设置密码并登录' }).click();
  await page
    .getByRole('list', { name: '课程列表' })
    .getByRole('link', { name: new RegExp(LESSON) })
    .waitFor({ timeout: 30_000 });
}

describe('a district starts from nothing', () => {
  beforeAll(async () => {
    // its own production server on an empty embedded database, not the shared demo one
    server = await startServerProcess({
      env: { NODE_ENV: 'production', LIANXIN_SEED: undefined },
    });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('admin and organizer at 1280 px, members at 360 px: tree, organizer, import, invitation, lesson, activations', async () => {
    // 1. The administrator signs in with the printed password and builds the tree.
    const admin = await open(DESK);
    await admin.goto('/');
    await signIn(admin, 'admin', await adminPassword());
    await admin
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '工作台' })
      .click();
    await admin.getByRole('heading', { name: '工作台', level: 1 }).waitFor();
    await admin.getByRole('link', { name: /组织架构/ }).click();
    await addBelow(admin, '两新工委', '园区（楼宇）党委', PARK);
    await addBelow(admin, PARK, '党支部', BRANCH_ONE);
    await addBelow(admin, PARK, '党支部', BRANCH_TWO);
    await synced(admin);
    const tree = admin.getByRole('list', { name: '组织树' });
    await tree.getByRole('button', { name: new RegExp(`^${BRANCH_TWO}`) }).waitFor();

    // 2. An organizer account for branch one; its code shows on the roll once synced.
    await tree.getByRole('button', { name: new RegExp(`^${BRANCH_ONE}`) }).click();
    await admin.getByRole('heading', { name: BRANCH_ONE }).waitFor();
    await admin.getByRole('button', { name: '新建组织员账号' }).click();
    const form = admin.getByRole('form', { name: '新建组织员账号' });
    await form.getByLabel('姓名').fill('林组织');
    await form.getByLabel('手机号').fill(ORGANIZER_PHONE);
    await form.getByRole('button', { name: '建立账号' }).click();
    // Saved on this device (the panel lists it at once) before the page is left: a full page
    // load would abort a write still in flight, which an in-app navigation never does.
    await admin.getByText(`林组织 ${ORGANIZER_PHONE}`).waitFor();
    const organizerCode = await codeOnRoll(admin, ORGANIZER_PHONE);
    // back in the tree, the synced account is branch one's organizer
    await admin.goto('/admin/tree');
    await tree.getByRole('button', { name: new RegExp(`^${BRANCH_ONE}`) }).click();
    await admin.getByText(`林组织 ${ORGANIZER_PHONE}`).waitFor();
    await synced(admin);
    await screenshot(admin, 'onboarding-tree-1280');

    // 3. The organizer activates, imports three members and invites a newcomer.
    const organizer = await open(DESK);
    await organizer.goto('/activate');
    await organizer.getByLabel('手机号').fill(ORGANIZER_PHONE);
    await organizer.getByLabel('激活码').fill(organizerCode);
    await organizer.getByLabel('新密码', { exact: true }).fill(PASSWORD);
    await organizer.getByLabel('再输一次新密码').fill(PASSWORD);
    await organizer.getByRole('button', { name: '设置密码并登录' }).click();
    await organizer.getByLabel('激活码').waitFor({ state: 'detached' });
    await synced(organizer);

    await organizer.goto('/members/import');
    await organizer.getByRole('heading', { name: '批量导入党员', level: 1 }).waitFor();
    const names = ['陈一', '王二', '李三'];
    const phones = ['13900000011', '13900000012', '13900000013'];
    const csv = [
      HEADER,
      `${names[0]},${phones[0]},${BRANCH_ONE},正式党员,2015-07-01`,
      `${names[1]},${phones[1]},${BRANCH_ONE},预备党员,2025-06-30`,
      `${names[2]},${phones[2]},${BRANCH_ONE},正式党员,2019-10-01`,
    ].join('\r\n');
    await organizer.locator('input[type=file]').setInputFiles({
      name: '名册.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${csv}`, 'utf8'),
    });
    await organizer.getByText('3 行全部无误，可以导入。').waitFor();
    await organizer.getByRole('button', { name: '全部导入' }).click();
    await organizer.getByText('已导入 3 人。请把激活码交给本人：').waitFor();
    const rows = organizer.getByRole('region', { name: '激活码' }).getByRole('row');
    const firstRow = rows.filter({ hasText: names[0]! });
    expect(await firstRow.textContent()).toContain(phones[0]);
    const memberCode = (await firstRow.getByRole('cell').nth(1).textContent())?.trim() ?? '';
    expect(memberCode).toMatch(/^[2-9A-Z]{10,}$/);
    await screenshot(organizer, 'onboarding-import-1280');

    await organizer.goto('/members/invite');
    await organizer.getByRole('button', { name: '生成新邀请码' }).click();
    const link = organizer.getByRole('link', { name: /\/join\?c=/ });
    await link.waitFor({ timeout: 30_000 });
    const href = new URL((await link.getAttribute('href'))!);

    const newcomer = await open({});
    await newcomer.goto(href.pathname + href.search);
    await newcomer.getByRole('heading', { name: '申请加入', level: 1 }).waitFor();
    const newcomerPhone = '13900000021';
    await newcomer.getByLabel('姓名').fill('赵新');
    await newcomer.getByLabel('手机号').fill(newcomerPhone);
    await newcomer.getByRole('radio', { name: '预备党员' }).check();
    await newcomer.getByRole('button', { name: '提交申请' }).click();
    await newcomer.getByRole('heading', { name: '已提交', level: 1 }).waitFor();

    await organizer.goto('/members/joins');
    const request = organizer
      .getByRole('listitem')
      .filter({ has: organizer.getByRole('heading', { name: '赵新' }) });
    await request.waitFor({ timeout: 30_000 });
    await request.getByRole('button', { name: '通过', exact: true }).click();
    const approved = organizer
      .getByRole('listitem')
      .filter({ hasText: '赵新' })
      .locator('.activation-code');
    await approved.waitFor({ timeout: 30_000 });
    const newcomerCode = (await approved.textContent())?.trim() ?? '';
    expect(newcomerCode).toMatch(/^[2-9A-Z]{10,}$/);

    // 4. The organizer publishes a lesson at branch one.
    await organizer.goto('/lessons/manage/new');
    await organizer.getByRole('heading', { name: '发布新课', level: 1 }).waitFor();
    await organizer.getByLabel('发布到').selectOption({ label: BRANCH_ONE });
    await organizer.getByLabel('标题').fill(LESSON);
    await organizer.getByLabel('主讲人').fill('林组织');
    await organizer.getByLabel('正文（支持 Markdown）').fill('## 开场\n\n每个人说说自己的企业。');
    await organizer.getByLabel('时长（分钟）').fill('15');
    await organizer.getByRole('button', { name: '保存并发布' }).click();
    await organizer.getByRole('link', { name: new RegExp(LESSON) }).waitFor();
    await synced(organizer);

    // 5. An imported member and the newcomer activate on their phones and see the lesson.
    const member = await open({});
    await activateAndSeeLesson(member, phones[0]!, memberCode);
    await screenshot(member, 'onboarding-member-lessons-360');
    await activateAndSeeLesson(newcomer, newcomerPhone, newcomerCode);

    // The organizer's roll shows the imported member as activated.
    await organizer.goto('/members');
    await organizer.getByLabel('搜索姓名或手机号').fill(phones[0]!);
    await organizer.getByText('已激活').first().waitFor({ timeout: 30_000 });
  }, 240_000);
});
