import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lastMonth } from '../../src/shared/checklist/period.ts';
import { newPhoneContext, usePhone } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { signIn } from './support/sign-in.ts';

/** A desk: 1280 px, mouse and keyboard. */
const DESK: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false,
  serviceWorkers: 'block',
};

const BRANCH = '创客联合党支部';
const month = lastMonth(Date.now());
const monthTitle = `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

const cell = (page: Page, indicator: string) =>
  page.locator(`tr[data-indicator="${indicator}"] .report-value`);

describe('the responsibility checklist reports', () => {
  const phone = usePhone({ serviceWorkers: 'block' });

  it('the organizer produces last month’s branch report, computed indicators filled in, enters one offline, prints and exports it', async () => {
    const { page, context } = phone;
    await page.goto('/');
    await signIn(page, 'organizer');
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '工作台' })
      .click();
    await page.getByRole('link', { name: /责任清单与报告/ }).click();
    await page.getByRole('link', { name: BRANCH }).click();
    await page
      .getByRole('heading', { level: 1, name: `${BRANCH} · ${monthTitle}` })
      .waitFor({ timeout: 30_000 });

    // computed from what the phone holds: party days and check-ins, lessons completed
    await expect.poll(() => cell(page, 'g1r2i1').textContent(), { timeout: 20_000 }).toMatch(/%/);
    expect(await cell(page, 'g2r1i1').textContent()).toMatch(/^\d+(\.\d)?$/);
    // visits on time, from the visit records of the branch's firms (none visited last month in
    // the demo), and the park's published three lists
    expect(await cell(page, 'g3r2i1').textContent()).toMatch(/^\d+%（\d+ \/ [1-9]\d*）$/);
    expect(await cell(page, 'g3r3i1').textContent()).not.toBe('暂无数据');
    // the secretary's entries from the demo, with evidence
    expect(await cell(page, 'g1r2i2').textContent()).toBe('1');
    await expect
      .poll(() => page.locator('.report-summary').textContent())
      .toMatch(/已填报 11 \/ 27 项/);
    await screenshot(page, 'reports-branch-360');

    // an entry made offline shows at once, waiting, and goes out when the phone is back
    await context.setOffline(true);
    await page.getByRole('button', { name: '填报：学习心得篇数' }).click();
    const dialog = page.getByRole('dialog', { name: '填报：学习心得篇数' });
    await dialog.getByLabel('数值').fill('4');
    await dialog.getByLabel('佐证材料（文字说明）').fill('四名党员交了读书笔记。');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await cell(page, 'g2r2i2').textContent()).toBe('4');
    await page.locator('tr[data-indicator="g2r2i2"]').getByText('待同步').waitFor();
    await context.setOffline(false);
    await page
      .locator('tr[data-indicator="g2r2i2"]')
      .getByText('待同步')
      .waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.locator('.report-summary').textContent()).toMatch(/已填报 12 \/ 27 项/);

    // exported as a workbook
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${BRANCH}-${month}.xlsx`);

    // on paper: the report without the app's chrome or buttons
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.tab-bar', '.top-bar', '.report-actions', '.report-period']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    expect(await page.locator('.report-table').first().isVisible()).toBe(true);
    expect(await page.locator('.report-table thead').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.tab-bar').isVisible()).toBe(true);
  });

  it('at a desk the district compares every branch side by side, with a chart', async () => {
    const context = await newPhoneContext(phone.browser, DESK);
    const page = await context.newPage();
    try {
      await page.goto('/');
      await signIn(page, 'admin');
      await page.goto(`/reports/district?p=${month}`);
      await page.getByRole('heading', { level: 1, name: new RegExp(monthTitle) }).waitFor();
      const rows = page.locator('.district-table tbody tr');
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(8);
      expect(await page.getByRole('img', { name: '各支部指标达标率' }).isVisible()).toBe(true);
      // a table at a desk: the header row shows
      expect(await page.locator('.district-table thead').isVisible()).toBe(true);
      await rows
        .filter({ hasText: BRANCH })
        .getByText(/^\d+ \/ 27$/)
        .first()
        .waitFor();
      await screenshot(page, 'reports-district-1280');
    } finally {
      await context.close();
    }
  });
});
