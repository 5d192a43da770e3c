import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { usePhone } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { signIn } from './support/sign-in.ts';

const BRANCH = '创客联合党支部';
const HEADER = '姓名,手机号,支部,身份,入党日期';

/** A mainland mobile number no other test of this run uses. */
const freshPhone = () => `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

async function chooseRoll(page: Page, name: string, csv: string) {
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${csv}`, 'utf8'),
  });
}

/**
 * An organizer imports a branch roll: the server's preview names the bad row and why, and nothing
 * is created; the fixed file imports all rows and the activation codes are there to print.
 */
async function importRoll(page: Page, size: string) {
  const names = [`周${size}甲`, `吴${size}乙`, `郑${size}丙`];
  const phones = [freshPhone(), freshPhone(), freshPhone()];
  const rows = (badPhone: string) =>
    [
      HEADER,
      `${names[0]},${phones[0]},${BRANCH},正式党员,2015-07-01`,
      `${names[1]},${badPhone},${BRANCH},预备党员,2025-06-30`,
      `${names[2]},${phones[2]},${BRANCH},正式党员,2019-10-01`,
    ].join('\r\n');

  await page.goto('/');
  await signIn(page, 'organizer');
  await page.goto('/members/import');
  await page.getByRole('heading', { name: '批量导入党员', level: 1 }).waitFor();

  await chooseRoll(page, '名册.csv', rows('1380013800'));
  const problems = page.getByRole('heading', { name: /有 1 行需要修改，什么都没有导入/ });
  await problems.waitFor();
  const bad = page.getByRole('listitem').filter({ hasText: '第 3 行' });
  await bad.getByText('手机号格式不对（应为 11 位，以 1 开头）。').waitFor();
  expect(await bad.textContent()).toContain(names[1]);
  await screenshot(page, `members-import-preview-${size}`);

  await chooseRoll(page, '名册-改.csv', rows(phones[1]!));
  // Had the first file created anyone, these phones would now be refused as taken.
  await page.getByText('3 行全部无误，可以导入。').waitFor();
  await page.getByRole('button', { name: '全部导入' }).click();
  await page.getByText('已导入 3 人。请把激活码交给本人：').waitFor();

  const codes = page.getByRole('region', { name: '激活码' }).getByRole('row');
  expect(await codes.count()).toBe(4);
  for (const [i, name] of names.entries()) {
    const row = codes.filter({ hasText: name });
    expect(await row.textContent()).toContain(phones[i]);
    const code = (await row.getByRole('cell').nth(1).textContent())?.trim() ?? '';
    expect(code).toMatch(/^[2-9A-Z]{10,}$/);
  }
  await page.getByRole('button', { name: '打印激活码' }).waitFor();
  await page.getByRole('button', { name: '导出激活码（CSV）' }).waitFor();
  await screenshot(page, `members-import-codes-${size}`);

  // Printed, only the codes and how to use them remain.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('navigation', { name: '党员管理' }).isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: '打印激活码' }).isVisible()).toBe(false);
  expect(await codes.first().isVisible()).toBe(true);
  await screenshot(page, `members-import-print-${size}`);
  await page.emulateMedia({ media: 'screen' });
  return { names, phones };
}

describe('importing a branch roll, on a phone', () => {
  const phone = usePhone({ serviceWorkers: 'block' });

  it('one bad row is named with its reason and nothing is created; the fixed roll imports with codes', async () => {
    const { page } = phone;
    const { names } = await importRoll(page, '360');

    // The new accounts reach the roll with the next sync, waiting for activation.
    await page
      .getByRole('navigation', { name: '党员管理' })
      .getByRole('link', { name: '党员名册' })
      .click();
    const card = page.getByRole('link', { name: new RegExp(names[0]!) });
    await card.waitFor({ timeout: 30_000 });
    expect(await card.textContent()).toMatch(/待激活，激活码 [2-9A-Z]{10,}/);
    await screenshot(page, 'members-roll-360');
    await card.click();
    await page.getByRole('heading', { name: names[0]!, level: 2 }).waitFor();
    await page.getByRole('button', { name: '重置密码' }).waitFor();
    await screenshot(page, 'members-detail-360');
  });
});

describe('importing a branch roll, at a PC', () => {
  const phone = usePhone({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 900 },
    isMobile: false,
    hasTouch: false,
    deviceScaleFactor: 1,
  });

  it('the same at 1280 px; the roll is a sortable table with the account beside it', async () => {
    const { page } = phone;
    const { names } = await importRoll(page, '1280');

    await page.goto('/members');
    const table = page.getByRole('table', { name: '党员名册，点列标题排序' });
    const row = table.getByRole('row').filter({ hasText: names[2]! });
    await row.waitFor({ timeout: 30_000 });
    const byName = table.getByRole('columnheader', { name: '姓名' });
    await byName.getByRole('button').click();
    expect(await byName.getAttribute('aria-sort')).toBe('ascending');
    await byName.getByRole('button').click();
    expect(await byName.getAttribute('aria-sort')).toBe('descending');

    await row.getByRole('link', { name: names[2]! }).click();
    await page.getByRole('heading', { name: names[2]!, level: 2 }).waitFor();
    // the table stays beside the detail
    expect(await table.isVisible()).toBe(true);
    await screenshot(page, 'members-roll-1280');
  });

  it('each kind of bad row gets its own reason, and a wrong header is caught before sending', async () => {
    const { page } = phone;
    await page.goto('/');
    await signIn(page, 'organizer');
    await page.goto('/members/import');
    await page.getByRole('heading', { name: '批量导入党员', level: 1 }).waitFor();

    await chooseRoll(
      page,
      '表头.csv',
      `手机号,姓名,支部,身份,入党日期\r\n张三,${freshPhone()},${BRANCH},正式党员,2019-07-01`,
    );
    await page
      .getByRole('alert')
      .getByText(/表头不对/)
      .waitFor();

    const dup = freshPhone();
    await chooseRoll(
      page,
      '错误.csv',
      [
        HEADER,
        `甲,${dup},${BRANCH},正式党员,2015-07-01`,
        `乙,${dup},${BRANCH},正式党员,2015-07-01`,
        `丙,${freshPhone()},不存在的支部,正式党员,2015-07-01`,
        `丁,${freshPhone()},${BRANCH},正式党员,2015/7/1`,
        `戊,${freshPhone()},${BRANCH},正式党员,2099-01-01`,
        `己,member,${BRANCH},积极分子,2015-07-01`,
      ].join('\r\n'),
    );
    await page.getByRole('heading', { name: /有 \d+ 行需要修改/ }).waitFor();
    const reason = (line: number, text: string) =>
      page
        .getByRole('listitem')
        .filter({ hasText: `第 ${line} 行` })
        .getByText(text)
        .first()
        .waitFor();
    await reason(3, '手机号和文件里的另一行重复。');
    await reason(4, '找不到这个支部（须是你管理范围内的支部名称）。');
    await reason(5, '入党日期格式不对，应为 2019-07-01 这样的日期。');
    await reason(6, '入党日期不能晚于今天。');
    await reason(7, '手机号格式不对（应为 11 位，以 1 开头）。');
    await reason(7, '身份只能填"正式党员"或"预备党员"。');
    expect(await page.getByRole('button', { name: '全部导入' }).count()).toBe(0);
  });
});
