import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../src/server/seed/demo.ts';

/** Signs in through the form as a person would, and waits until the form has gone. */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  const loginField = page.getByLabel('登录名');
  await loginField.fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await loginField.waitFor({ state: 'detached' });
}
