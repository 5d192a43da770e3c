import { join } from 'node:path';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/build-if-stale.mjs';
import { usePhone } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 AA violations on the page as it stands, one line each. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, TAGS);
}

const SCREENS = [
  { path: '/members', heading: '党员管理' },
  { path: '/members/import', heading: '批量导入党员' },
  { path: '/members/invite', heading: '邀请码' },
  { path: '/members/joins', heading: '加入申请' },
  { path: '/members/new', heading: '新建账号' },
];

describe('members screens pass axe (WCAG 2.2 AA)', () => {
  for (const [size, viewport] of [
    ['360', { width: 360, height: 780 }],
    ['1280', { width: 1280, height: 900 }],
  ] as const) {
    describe(`at ${size} px`, () => {
      const phone = usePhone({ serviceWorkers: 'block', viewport, bypassCSP: true });

      it('the public join and first sign-in pages', async () => {
        const { page } = phone;
        await page.goto('/join?c=ABCDEFGH23');
        await page.getByRole('heading', { name: '申请加入', level: 1 }).waitFor();
        expect(await violations(page)).toEqual([]);
        await page.goto('/activate');
        await page.getByRole('heading', { name: '首次登录', level: 1 }).waitFor();
        expect(await violations(page)).toEqual([]);
      });

      it("an organizer's members screens", async () => {
        const { page } = phone;
        await page.goto('/');
        await signIn(page, 'organizer');
        for (const screen of SCREENS) {
          await page.goto(screen.path);
          await page.getByRole('heading', { name: screen.heading, level: 1 }).waitFor();
          expect(await violations(page), screen.path).toEqual([]);
        }
      });
    });
  }
});
