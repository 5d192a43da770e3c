import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { ROOT } from '../../../scripts/build-if-stale.mjs';
import { sharedServer } from './shared-server.ts';

/** Debian's Chromium; tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps dialling out of a closed network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A phone held in one hand: 360 px wide, touch, Chinese, on the shared e2e server. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 780 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  serviceWorkers: 'allow',
};

export function newPhoneContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ ...PHONE, baseURL: sharedServer().url, ...options });
}

export interface Phone {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * One browser per spec file and a fresh phone context (empty storage, no service worker) per
 * test. A failed test leaves a screenshot in test-results/e2e/.
 */
export function usePhone(options: BrowserContextOptions = {}): Phone {
  const phone = {} as Phone;
  beforeAll(async () => {
    phone.browser = await launchBrowser();
  });
  afterAll(async () => {
    await phone.browser?.close();
  });
  beforeEach(async () => {
    phone.context = await newPhoneContext(phone.browser, options);
    phone.page = await phone.context.newPage();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && phone.page && !phone.page.isClosed()) {
      const dir = join(ROOT, 'test-results', 'e2e');
      mkdirSync(dir, { recursive: true });
      const name = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
      await phone.page.screenshot({ path: join(dir, `${name}.png`) }).catch(() => {});
    }
    await phone.context?.close();
  });
  return phone;
}
