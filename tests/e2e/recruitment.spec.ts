import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { usePhone } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import { addMonths, chinaDate } from '../../src/shared/recruitment/dates.ts';
import { sharedServer } from './support/shared-server.ts';

/**
 * The organizer takes a new applicant all the way to full membership on dates that satisfy the
 * recruitment rules, and every premature or out-of-order step is refused on the phone with its
 * reason: once online, once with the network gone (the refusals come from the phone's own
 * check, and the accepted steps wait in the outbox until the phone is back).
 */
const today = chinaDate(new Date());
const ago = (months: number) => addMonths(today, -months);

async function serverStage(name: string): Promise<string | undefined> {
  const base = sharedServer().url;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'organizer', password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${base}/api/sync/pull?clientId=${crypto.randomUUID()}&limit=1000`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { changes } = (await res.json()) as {
    changes: { type: string; data?: { name?: string; stage?: string } }[];
  };
  return changes.find((c) => c.type === 'candidate' && c.data?.name === name)?.data?.stage;
}

async function advance(page: Page, to: string, at: string, refused?: string) {
  const form = page.getByRole('form', { name: '转入下一阶段' });
  await form.getByLabel('转入阶段').selectOption({ label: to });
  await form.getByLabel('日期', { exact: true }).fill(at);
  await form.getByRole('button', { name: '确认转入' }).click();
  if (refused) {
    await expect.poll(() => form.getByRole('alert').textContent()).toContain(refused);
  } else if (to === '正式党员') {
    // a full member has no next stage: the form gives way to the closing line
    await page.getByText('已转为正式党员，发展工作完成。').waitFor();
  } else {
    await form.getByRole('status').getByText(`已转为${to}`).waitFor();
    expect(await form.getByRole('alert').count()).toBe(0);
  }
}

async function fromApplicationToFull(page: Page, name: string) {
  await page.getByRole('button', { name: '登记入党申请人' }).click();
  const create = page.getByRole('form', { name: '登记入党申请人' });
  await create.getByLabel('姓名').fill(name);
  await create.getByLabel('递交申请日期').fill(ago(40));
  await create.getByRole('button', { name: '登记', exact: true }).click();
  await create.getByRole('status').getByText(`已登记 ${name}`).waitFor();
  await page.getByRole('link', { name: new RegExp(name) }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
  const form = page.getByRole('form', { name: '转入下一阶段' });

  // skipping a stage
  await advance(page, '发展对象', ago(38), '发展阶段须依次进行');
  await form.getByLabel('转入阶段').selectOption({ label: '入党积极分子' });
  await form.getByRole('checkbox', { name: '王一帆' }).check();
  await advance(page, '入党积极分子', ago(38));
  // eleven months of cultivation are not a year
  await advance(page, '发展对象', ago(27), '还没到规定的时间');
  await advance(page, '发展对象', ago(25));
  // one introducer is not two
  await form.getByLabel('转入阶段').selectOption({ label: '预备党员' });
  await form.getByRole('checkbox', { name: '王一帆' }).check();
  await advance(page, '预备党员', ago(24), '两名正式党员');
  await form.getByRole('checkbox', { name: '陈晓创' }).check();
  await advance(page, '预备党员', ago(24));
  // probation lasts a year from the branch meeting
  await advance(page, '正式党员', ago(13), '还没到规定的时间');
  await advance(page, '正式党员', today);
}

async function openRecruitment(page: Page) {
  await page.goto('/recruitment');
  await page.getByRole('heading', { level: 1, name: '发展党员' }).waitFor();
}

async function goOffline(context: BrowserContext) {
  await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
  await context.setOffline(true);
}

async function goOnline(context: BrowserContext) {
  await context.unroute('**/api/**');
  await context.setOffline(false);
}

describe('recruitment', () => {
  const phone = usePhone();

  it('takes an applicant to full membership online, refusing each premature step', async () => {
    const { page } = phone;
    const name = `在线申请人${Date.now().toString(36).slice(-4)}`;
    await page.goto('/');
    await signIn(page, 'organizer');
    await openRecruitment(page);
    // the demo pipeline is there, with something overdue
    await page.getByRole('link', { name: /孙嘉诚/ }).waitFor();
    expect(await page.getByText('已逾期').count()).toBeGreaterThan(0);
    await fromApplicationToFull(page, name);
    await page.getByText('等待同步').first().waitFor({ state: 'detached', timeout: 45_000 });
    expect(await serverStage(name)).toBe('full');
  });

  it('does the same offline: the phone refuses on its own, the rest goes out once online', async () => {
    const { page, context } = phone;
    const name = `离线申请人${Date.now().toString(36).slice(-4)}`;
    await page.goto('/');
    await signIn(page, 'organizer');
    await waitForServiceWorker(page);
    await openRecruitment(page);
    await page.getByRole('link', { name: /孙嘉诚/ }).waitFor();
    await goOffline(context);
    await fromApplicationToFull(page, name);
    await page.getByText('等待同步').first().waitFor();
    expect(await serverStage(name)).toBeUndefined();
    await goOnline(context);
    await page.getByText('等待同步').first().waitFor({ state: 'detached', timeout: 45_000 });
    expect(await serverStage(name)).toBe('full');
  });
});
