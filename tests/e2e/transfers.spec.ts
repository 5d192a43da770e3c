import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, newPhoneContext } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { signIn } from './support/sign-in.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import { sharedServer } from './support/shared-server.ts';

const LIVE_EVENT = '联合主题党日 · 轮值企业开放日';
const B_EVENT = '楼宇党建主题党日';
const PC: BrowserContextOptions = {
  viewport: { width: 1280, height: 900 },
  isMobile: false,
  hasTouch: false,
  deviceScaleFactor: 1,
};
const noWorker: BrowserContextOptions = { serviceWorkers: 'block' };

async function signedIn(browser: Browser, login: string, options: BrowserContextOptions = {}) {
  const context = await newPhoneContext(browser, { ...noWorker, ...options });
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, login);
  return page;
}

async function api<T>(path: string, login: string): Promise<T> {
  const base = sharedServer().url;
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  const { token } = (await res.json()) as { token: string };
  return (await (
    await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as T;
}

/** The six digits the organizer's check-in screen shows now for the party day in progress. */
async function liveCode(): Promise<string> {
  const { changes } = await api<{
    changes: { type: string; id: string; data?: { title?: string } }[];
  }>(`/api/sync/pull?clientId=${crypto.randomUUID()}`, 'organizer');
  const id = changes.find((c) => c.type === 'event' && c.data?.title === LIVE_EVENT)!.id;
  return (await api<{ code: string }>(`/api/events/${id}/checkin-code`, 'organizer')).code;
}

/**
 * A member of branch A signing in with their phone number, with no transfer under way. Not one of
 * the named demo logins: other specs count on those staying in branch A.
 */
async function memberToMove(): Promise<{ name: string; login: string }> {
  type Change = { type: string; id: string; data?: Record<string, unknown> };
  const changes: Change[] = [];
  const clientId = crypto.randomUUID();
  let cursor = '';
  for (;;) {
    const page = await api<{ changes: Change[]; cursor: string; hasMore: boolean }>(
      `/api/sync/pull?clientId=${clientId}&limit=1000${cursor ? `&cursor=${cursor}` : ''}`,
      'organizer',
    );
    changes.push(...page.changes);
    if (!page.hasMore) break;
    cursor = page.cursor;
  }
  const branchA = changes.find((c) => c.type === 'org' && c.data?.name === '创客联合党支部')!.id;
  const busy = new Set(changes.filter((c) => c.type === 'transfer').map((c) => c.data?.memberId));
  const names = changes.filter((c) => c.type === 'member_admin').map((c) => c.data?.name);
  const m = changes
    .filter(
      (c) =>
        c.type === 'member_admin' &&
        c.data?.orgId === branchA &&
        c.data?.activated === true &&
        /^1\d{10}$/.test(String(c.data?.login)) &&
        JSON.stringify(c.data?.roles) === '["member"]' &&
        !busy.has(c.id) &&
        names.filter((n) => n === c.data?.name).length === 1,
    )
    .sort((a, b) => String(b.data?.login).localeCompare(String(a.data?.login)))[0]!;
  return { name: String(m.data!.name), login: String(m.data!.login) };
}

/** Opens the events tab and waits (sync, then the reset after a change of visibility) for `title`. */
async function findEvent(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '主题党日' })
    .click();
  const link = page.getByRole('link', { name: new RegExp(title) }).first();
  for (let i = 0; i < 6; i++) {
    if (await link.isVisible()) break;
    await page.waitForTimeout(5000);
    if (!(await link.isVisible())) await page.reload();
  }
  await link.waitFor({ timeout: 30_000 });
  return link;
}

describe('flowing members and transfers', () => {
  it('a member of branch B registers as a flowing member at branch A, is confirmed, and checks in at A’s party day', async () => {
    const browser = await launchBrowser();
    try {
      const guest = await signedIn(browser, 'outsider');
      await guest
        .getByRole('navigation', { name: '主导航' })
        .getByRole('link', { name: '我的' })
        .click();
      await guest.getByRole('link', { name: /流动党员登记/ }).click();
      await guest.getByRole('heading', { name: '流动党员登记', level: 1 }).waitFor();
      const host = guest.getByLabel('现在工作所在的支部');
      await host.locator('option', { hasText: '创客联合党支部' }).waitFor({ state: 'attached' });
      await host.selectOption({ label: '创客联合党支部（创客街区片区网格）' });
      await guest.getByLabel('原所在党组织').fill('成都市高新区某街道党工委');
      await guest.getByLabel('联系方式').fill('13800001234');
      await guest.getByRole('button', { name: '提交登记' }).click();
      await guest.getByText('待审核').waitFor();
      await screenshot(guest, 'flowing-member-registered');

      const organizer = await signedIn(browser, 'organizer', PC);
      await organizer.goto('/members/changes');
      const item = organizer.getByRole('listitem').filter({ hasText: '赵楼宇' }).first();
      await item.waitFor({ timeout: 30_000 });
      await screenshot(organizer, 'flowing-organizer-queue');
      await item.getByRole('button', { name: '确认' }).click();
      await organizer
        .getByRole('listitem')
        .filter({ hasText: '赵楼宇' })
        .getByText('已确认')
        .first()
        .waitFor();

      // The guest's view re-scopes: branch A's party day in progress appears, and they check in.
      const event = await findEvent(guest, LIVE_EVENT);
      await event.click();
      await guest.getByRole('heading', { name: LIVE_EVENT }).waitFor();
      await guest.getByRole('link', { name: '去签到' }).click();
      await guest.getByLabel('签到码').fill(await liveCode());
      await guest.getByRole('button', { name: '签到', exact: true }).click();
      await guest.getByText(/签到成功/).waitFor({ timeout: 30_000 });
      await screenshot(guest, 'flowing-member-checked-in');
    } finally {
      await browser.close();
    }
  });

  it('a transfer moves a member from branch A to branch B; afterwards they see B’s party days', async () => {
    const mover = await memberToMove();
    const browser = await launchBrowser();
    try {
      const organizer = await signedIn(browser, 'organizer', PC);
      await organizer.goto('/members/changes');
      const form = organizer.getByRole('form', { name: '发起转接' });
      await form
        .getByLabel('党员', { exact: true })
        .locator('option', { hasText: mover.name })
        .waitFor({
          state: 'attached',
          timeout: 30_000,
        });
      await form.getByLabel('党员', { exact: true }).selectOption({ label: mover.name });
      const to = form.getByLabel('接收支部');
      await to.locator('option', { hasText: '数智楼宇党支部' }).waitFor({ state: 'attached' });
      await to.selectOption({ label: '数智楼宇党支部（数智大厦楼宇网格）' });
      await form.getByRole('button', { name: '发起' }).click();
      const card = organizer.getByRole('listitem').filter({ hasText: mover.name }).first();
      await card.getByRole('button', { name: '审批同意转出' }).click();
      await card.getByLabel('介绍信编号').fill('星火党转字〔2026〕第021号');
      await card.getByRole('button', { name: '开具介绍信' }).click();
      await card.getByText('由对方办理').waitFor();
      await screenshot(organizer, 'transfer-sending-side');

      // The receiving side (here the district's admin, above branch B) accepts, places, closes.
      const admin = await signedIn(browser, 'admin', PC);
      await admin.goto('/members/changes');
      const theirs = admin.getByRole('listitem').filter({ hasText: mover.name }).first();
      await theirs.getByText('已开具介绍信').first().waitFor({ timeout: 60_000 });
      await theirs.getByLabel('编入支部或党小组').selectOption({ label: '数智楼宇党支部' });
      await theirs.getByRole('button', { name: '接收并编入支部' }).click();
      await theirs.getByRole('button', { name: '登记回执，办结' }).click();
      await theirs.getByText('回执已返回，办结').first().waitFor();
      await screenshot(admin, 'transfer-completed');

      // The member now belongs to branch B: B's party days show.
      const moved = await signedIn(browser, mover.login);
      await findEvent(moved, B_EVENT);
      expect(await moved.getByRole('link', { name: new RegExp(B_EVENT) }).count()).toBeGreaterThan(
        0,
      );
    } finally {
      await browser.close();
    }
  });
});
