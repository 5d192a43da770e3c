import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import { usePhone } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { sharedServer } from './support/shared-server.ts';

/**
 * What a new member hit on a 360 px phone: badges, refusals, an unreachable server, the member
 * card of a staff account, service groups nobody staffs, the wall's moderation and sign-out.
 * Phones run without a service worker, so the test can stand in for a server that is down.
 */

async function api<T>(path: string, token?: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sharedServer().url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as T;
}

const tokenOf = async (login: string) =>
  (await api<{ token: string }>('/api/auth/login', undefined, { login, password: DEMO_PASSWORD }))
    .token;

async function pushAs(token: string, name: string, args: Record<string, unknown>) {
  const res = await api<{ results: { status: string; code?: string }[] }>('/api/sync/push', token, {
    clientId: crypto.randomUUID(),
    schemaVersion: 1,
    mutations: [{ seq: 1, name, args }],
  });
  expect(res.results[0]).toMatchObject({ status: 'applied' });
}

/** A party day of branch A that is in its check-in time now, fresh for each test. */
async function liveEvent(title: string): Promise<string> {
  const organizer = await tokenOf('organizer');
  const me = await api<{ user: { orgId: string } }>('/api/auth/login', undefined, {
    login: 'organizer',
    password: DEMO_PASSWORD,
  });
  const id = crypto.randomUUID();
  await pushAs(organizer, 'event.save', {
    id,
    orgId: me.user.orgId,
    title,
    theme: '界面打磨的主题党日',
    startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    endsAt: new Date(Date.now() + 2 * 3600_000).toISOString(),
    venue: '红色会客厅',
    capacity: null,
    agenda: [],
  });
  return id;
}

/**
 * The demo staffs every service group, so a test of a group nobody staffs first deactivates the
 * group's staff (as an admin would) and reactivates them afterwards.
 */
async function withoutStaff(group: string, run: () => Promise<void>): Promise<void> {
  const admin = await tokenOf('admin');
  const clientId = crypto.randomUUID();
  const staff: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await api<{
      cursor: string;
      hasMore: boolean;
      changes: {
        type: string;
        op: string;
        data?: { id: string; roles: string[]; groups: string[]; disabled: boolean };
      }[];
    }>(`/api/sync/pull?clientId=${clientId}&limit=1000${cursor ? `&cursor=${cursor}` : ''}`, admin);
    for (const c of page.changes) {
      const d = c.data;
      if (
        c.type === 'member_admin' &&
        d &&
        !d.disabled &&
        d.roles.includes('staff') &&
        d.groups.includes(group)
      ) {
        staff.push(d.id);
      }
    }
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  for (const userId of staff) await pushAs(admin, 'member.set_active', { userId, active: false });
  try {
    await run();
  } finally {
    for (const userId of staff) await pushAs(admin, 'member.set_active', { userId, active: true });
  }
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: '主导航' });
const syncPill = (page: Page) => page.getByRole('button', { name: /^同步状态/ });

async function signedIn(page: Page, login: string) {
  await page.goto('/');
  await signIn(page, login);
  await syncPill(page).filter({ hasText: '已同步' }).waitFor({ timeout: 60_000 });
}

/** Badges whose box is taller than one line of their text (with padding and border). */
function wrappedBadges(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.badge')]
      .filter((b) => b.offsetParent !== null)
      .map((b) => {
        const s = getComputedStyle(b);
        const oneLine =
          parseFloat(s.lineHeight) +
          parseFloat(s.paddingTop) +
          parseFloat(s.paddingBottom) +
          parseFloat(s.borderTopWidth) +
          parseFloat(s.borderBottomWidth);
        return { text: b.textContent ?? '', height: b.getBoundingClientRect().height, oneLine };
      })
      .filter((b) => b.height > b.oneLine * 1.25),
  );
}

const MODES = [
  { text: 'normal', theme: 'default' },
  { text: 'large', theme: 'default' },
  { text: 'normal', theme: 'contrast' },
] as const;

/** The same attributes the display settings put on <html> (apply-ui-settings.ts). */
async function eachMode(page: Page, check: (mode: string) => Promise<void>) {
  for (const mode of MODES) {
    await page.evaluate(({ text, theme }) => {
      document.documentElement.dataset.text = text;
      document.documentElement.dataset.theme = theme;
    }, mode);
    await check(`${mode.text}/${mode.theme}`);
  }
}

describe('polish on a 360 px phone', () => {
  const phone = usePhone({ serviceWorkers: 'block' });

  it('badges with an icon keep their words on one line, in every display mode', async () => {
    const { page, context } = phone;
    await signedIn(page, 'member');
    // The events list: past party days the member checked in at carry 已签到 with a tick.
    await mainNav(page).getByRole('link', { name: '主题党日' }).click();
    await page.getByRole('tab', { name: '已结束' }).click();
    await page.locator('.badge', { hasText: '已签到' }).first().waitFor();
    await eachMode(page, async (mode) => {
      expect(await wrappedBadges(page), mode).toEqual([]);
    });
    // A request filed offline carries 等待同步 with a clock, on its page and in the list.
    await mainNav(page).getByRole('link', { name: '服务' }).click();
    await page.getByRole('link', { name: '我要点单' }).click();
    await context.setOffline(true);
    await page.getByRole('radio', { name: /法律服务/ }).check();
    await page.getByLabel('标题').fill('徽章一行显示');
    await page.getByLabel('详细说明').fill('离线提交，看等待同步的徽章。');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.locator('.badge', { hasText: '等待同步' }).waitFor();
    await eachMode(page, async (mode) => {
      const badge = page.locator('.badge', { hasText: '等待同步' });
      expect(await badge.locator('svg').count(), mode).toBe(1);
      expect(await wrappedBadges(page), mode).toEqual([]);
    });
    await context.setOffline(false);
  });

  it('a server that does not answer is not "offline": the pill says so and a retry gets through', async () => {
    const { page, context } = phone;
    await signedIn(page, 'member');
    await context.route('**/api/sync/**', (route) =>
      route.fulfill({ status: 503, body: 'Service Unavailable' }),
    );
    await syncPill(page).click();
    await syncPill(page).filter({ hasText: '连不上服务器' }).waitFor();
    expect(await syncPill(page).textContent()).not.toContain('离线');
    await mainNav(page).getByRole('link', { name: '我的' }).click();
    await page.getByText(/网络是通的，但服务器没有响应/).waitFor();
    const retry = page.getByRole('button', { name: '重试' });
    expect(await retry.isEnabled()).toBe(true);
    await context.unroute('**/api/sync/**');
    await retry.click();
    await syncPill(page).filter({ hasText: '已同步' }).waitFor();
    expect(await page.getByRole('button', { name: '重试' }).count()).toBe(0);
  });

  it('a mistyped check-in code shows on the party day and settles when the right code goes through', async () => {
    const { page } = phone;
    const eventId = await liveEvent(`签到码打错 ${Date.now().toString(36)}`);
    await signedIn(page, 'member');
    await page.goto(`/checkin?event=${eventId}`);
    await page.getByLabel('签到码').fill('000000');
    await page.getByRole('button', { name: '签到', exact: true }).click();
    const refusedPill = page.getByRole('button', { name: /项被退回，点按查看/ });
    await refusedPill.waitFor({ timeout: 30_000 });
    // Shown where it happened: on the party day's page.
    await page.goto(`/events/${eventId}`);
    await page.getByText('“活动签到”没有成功').waitFor();
    // The right code, from the organizer's screen.
    const { code } = await api<{ code: string }>(
      `/api/events/${eventId}/checkin-code`,
      await tokenOf('organizer'),
    );
    await page.goto(`/checkin?event=${eventId}`);
    await page.getByLabel('签到码').fill(code);
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await page.getByText(/签到成功/).waitFor({ timeout: 30_000 });
    await refusedPill.waitFor({ state: 'detached' });
    await page.goto(`/events/${eventId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('“活动签到”没有成功').count()).toBe(0);
  });

  it('a staff account gets an account card, not a member card to be scanned', async () => {
    const { page } = phone;
    await signedIn(page, 'staff');
    await mainNav(page).getByRole('link', { name: '我的' }).click();
    await page.getByRole('heading', { name: '工作账号' }).waitFor();
    expect(await page.getByText('党员证', { exact: true }).count()).toBe(0);
    expect(await page.getByText(/请组织者扫这个码签到/).count()).toBe(0);
    expect(await page.getByRole('img', { name: /二维码/ }).count()).toBe(0);
    await page.getByText(/接单台处理你负责的服务组/).waitFor();
  });

  it('a member sees who handles a group, and is warned before filing to one nobody staffs', async () => {
    await withoutStaff('finance', async () => {
      const { page } = phone;
      await signedIn(page, 'member');
      await mainNav(page).getByRole('link', { name: '服务' }).click();
      await page.getByRole('link', { name: '我要点单' }).click();
      const legal = page.locator('label', { has: page.getByRole('radio', { name: /法律服务/ }) });
      await legal.getByText(/由周律师处理/).waitFor();
      await page.getByRole('radio', { name: /金融服务/ }).check();
      await page.getByRole('alert').filter({ hasText: '这个服务组目前没有工作人员' }).waitFor();
      await page.getByRole('radio', { name: /法律服务/ }).check();
      expect(await page.getByRole('alert').filter({ hasText: '没有工作人员' }).count()).toBe(0);
    });
  });

  it('organizers see the open requests nobody can take on their overview', async () => {
    await withoutStaff('finance', async () => {
      const { page } = phone;
      await signedIn(page, 'organizer');
      await mainNav(page).getByRole('link', { name: '服务' }).click();
      await page.getByRole('link', { name: '服务概览' }).click();
      const stuck = page.getByRole('region', { name: /没人能接的请求/ });
      await stuck.getByRole('link', { name: /科技型中小企业贷款贴息怎么申请/ }).waitFor();
    });
  });

  it('hiding a wall post asks first, can be undone, is listed for organizers and marked for its author', async () => {
    const { page, browser } = phone;
    const eventId = await liveEvent(`留言墙 ${Date.now().toString(36)}`);
    const member2 = await tokenOf('member2');
    await pushAs(member2, 'event.rsvp', { eventId, status: 'going' });
    const body = `这条留言会被隐藏 ${Date.now().toString(36)}`;
    await pushAs(member2, 'wall.post', { id: crypto.randomUUID(), eventId, body });

    await signedIn(page, 'organizer');
    await page.goto(`/events/${eventId}`);
    const post = page.locator('.wall__post', { hasText: body });
    await post.getByRole('button', { name: '隐藏这条留言（王一帆）' }).click();
    const confirm = page.getByRole('alertdialog', { name: '隐藏这条留言？' });
    await confirm.getByRole('button', { name: '隐藏', exact: true }).click();
    await post.waitFor({ state: 'detached' });
    // Undo puts it straight back.
    await page.getByRole('button', { name: '撤销' }).click();
    await post.waitFor();
    // Hidden for good: it waits in the organizer's list, where it can be shown again.
    await post.getByRole('button', { name: '隐藏这条留言（王一帆）' }).click();
    await confirm.getByRole('button', { name: '隐藏', exact: true }).click();
    await page.getByRole('heading', { name: '已隐藏的留言（1）' }).waitFor();
    await page.getByRole('button', { name: '查看' }).click();
    await page
      .locator('.wall__post--hidden', { hasText: body })
      .getByRole('button', {
        name: '恢复显示',
      })
      .waitFor({ timeout: 30_000 });
    await syncPill(page).filter({ hasText: '已同步' }).waitFor({ timeout: 30_000 });

    // The author sees their own post, marked as hidden by the organizer.
    const context = await browser.newContext({
      viewport: { width: 360, height: 780 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      serviceWorkers: 'block',
      baseURL: sharedServer().url,
    });
    try {
      const author = await context.newPage();
      await signedIn(author, 'member2');
      await author.goto(`/events/${eventId}`);
      const mine = author.locator('.wall__post--hidden', { hasText: body });
      await mine.getByText('这条留言已被组织者林书记隐藏。').waitFor();
      await mine.getByText(/只有你和组织者还能看到它/).waitFor();
    } finally {
      await context.close();
    }
  });

  it('the lesson editor picks files with a real button and its date field is as tall as the others', async () => {
    const { page } = phone;
    await signedIn(page, 'organizer');
    await page.goto('/lessons/manage/new');
    const pick = page.getByRole('button', { name: '插入图片 选择文件' });
    await pick.waitFor();
    expect(await pick.getAttribute('class')).toContain('btn');
    // The browser's own file control is not shown.
    expect(await page.locator('input[type=file]').first().isVisible()).toBe(false);
    const date = await page.locator('input[type=datetime-local]').boundingBox();
    const text = await page.getByLabel('主讲人', { exact: true }).boundingBox();
    expect(Math.abs(date!.height - text!.height)).toBeLessThanOrEqual(2);
  });

  it('points link on two lines, and no next after sign-out', async () => {
    const { page } = phone;
    await signedIn(page, 'member');
    await mainNav(page).getByRole('link', { name: '我的' }).click();
    const link = page.getByRole('link', { name: /积分与先锋指数/ });
    const a = await link.getByText('积分与先锋指数').boundingBox();
    const b = await link.getByText(/都能攒积分/).boundingBox();
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height - 1);

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('登录名').waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
    expect(new URL(page.url()).search).toBe('');
  });
});
