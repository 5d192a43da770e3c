import { describe, expect, inject, it } from 'vitest';
import { usePhone } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { screenshot } from './support/screenshot.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import { demoPhones } from '../../src/server/seed/people.ts';

/**
 * The three lists (docs/organisation.md, "The three lists"): the park's organizer adds a need to
 * this quarter's lists and publishes them; a member of the park, once synced, reads them with the
 * network gone.
 */

// The demo's park organizer (刘宁) signs in with a phone number: the thirteenth the demo draws,
// after the seven named accounts and the five department staff.
const PARK_ORGANIZER = demoPhones(200)[12]!;
const title = `园区需求端到端 ${Date.now().toString(36)}`;

/** The needs of the published lists as the server has them, read as a member would pull them. */
async function publishedNeeds(): Promise<string[]> {
  const base = inject('baseURL');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'member2', password: DEMO_PASSWORD }),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${base}/api/sync/pull?clientId=${crypto.randomUUID()}&limit=1000`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { changes } = (await res.json()) as {
    changes: { type: string; data?: { needs?: { title: string }[] } }[];
  };
  return changes
    .filter((c) => c.type === 'list_publication')
    .flatMap((c) => c.data?.needs?.map((n) => n.title) ?? []);
}

describe('the three lists', () => {
  const phone = usePhone();

  it("the park's organizer adds a need and publishes the quarter's lists", async () => {
    const { page } = phone;
    await page.goto('/');
    await signIn(page, PARK_ORGANIZER);
    await page.goto('/lists/work');
    await page.getByRole('heading', { name: '清单工作台', level: 1 }).waitFor();
    await page.getByRole('tab', { name: '需求清单' }).waitFor();
    await page.getByRole('button', { name: '新增需求' }).click();
    await page.getByLabel('标题').fill(title);
    await page.getByLabel('说明').fill('一家创客企业想找园区里的高校合作做样机测试。');
    await page.getByRole('combobox', { name: '服务部门' }).selectOption('talent');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();

    await page.getByRole('button', { name: '发布本季度清单' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '发布', exact: true }).click();
    await page.getByText(/^上次发布：/).waitFor();
    await expect.poll(publishedNeeds, { timeout: 30_000, interval: 500 }).toContain(title);
    await screenshot(page, 'three-lists-workbench');
  });

  it('a member of the park reads the published lists offline', async () => {
    const { page, context } = phone;
    await page.goto('/');
    await signIn(page, 'member');
    await waitForServiceWorker(page);
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '我的' })
      .click();
    await page.getByRole('link', { name: /园区三张清单/ }).click();
    await page.getByRole('heading', { name: /三张清单/, level: 2 }).waitFor();
    await page.getByText(title).waitFor();
    await page.getByRole('heading', { name: '资源清单' }).waitFor();
    await page.getByRole('heading', { name: '项目清单' }).waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: /三张清单/, level: 2 }).waitFor();
    await page.getByText(title).waitFor();
    expect(await page.getByText('初创企业公益法律体检').count()).toBeGreaterThan(0);
    await screenshot(page, 'three-lists-member-offline');
  });
});
