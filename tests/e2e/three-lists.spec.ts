import { describe, expect, it } from 'vitest';
import { newPhoneContext, usePhone } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { screenshot } from './support/screenshot.ts';
import { parkOrganizer, pullAs } from './support/pull-as.ts';

/**
 * The three lists (docs/organisation.md, "The three lists"): the park's organizer adds a need to
 * this quarter's lists and publishes them; a member of the park, once synced, reads them with the
 * network gone.
 */

const title = `园区需求端到端 ${Date.now().toString(36)}`;

/** The needs of the published lists as the server has them, read as a member would pull them. */
async function publishedNeeds(): Promise<string[]> {
  const changes = await pullAs('member2');
  return changes
    .filter((c) => c.type === 'list_publication')
    .flatMap((c) => c.data?.needs?.map((n) => n.title) ?? []);
}

describe('the three lists', () => {
  const phone = usePhone();

  it("the park's organizer adds a need and publishes the quarter's lists", async () => {
    const { page } = phone;
    await page.goto('/');
    await signIn(page, await parkOrganizer());
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
  it('a department works a claimed need on a wide screen, the detail beside the list', async () => {
    const context = await newPhoneContext(phone.browser, {
      viewport: { width: 1280, height: 900 },
      isMobile: false,
      hasTouch: false,
      deviceScaleFactor: 1,
    });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await signIn(page, 'staff');
      await page.goto('/lists/work');
      await page.getByRole('tab', { name: '需求清单' }).waitFor();
      await page.getByRole('button', { name: /招聘两名嵌入式实习生/ }).click();
      const detail = page.getByRole('complementary');
      await detail.getByRole('heading', { name: '招聘两名嵌入式实习生', level: 2 }).waitFor();
      await detail.getByLabel('进展说明').fill('已把两位同学的简历转给企业。');
      await detail.getByRole('button', { name: '开始办理' }).click();
      await detail.getByText('办理中', { exact: true }).waitFor();
      await detail.getByText('已把两位同学的简历转给企业。').waitFor();
      // the list stays in view beside the detail
      await page.getByRole('button', { name: /劳动合同和期权协议需要把关/ }).waitFor();
      await screenshot(page, 'three-lists-workbench-wide');
    } finally {
      await context.close();
    }
  });
});
