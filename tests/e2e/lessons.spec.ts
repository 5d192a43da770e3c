import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { markServerLog, serverRequestsBetween } from './support/server-log.ts';
import { serviceWorkerScript, withoutUpdateChecks } from './support/service-worker.ts';
import { signedInPhone } from './support/signed-in-phone.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import type { PullResponse } from '../../src/shared/protocol.ts';
import { sharedServer } from './support/shared-server.ts';

const LESSON = '初心在身边：创业青年的三件小事';
const COMMENT = '地铁里离线听完的，音频很清楚';

const phone = signedInPhone;

/** Every rating of the lesson that the organizer's pull carries, straight from the server. */
async function ratingsOnServer(): Promise<{ userId: string; comment: string | null }[]> {
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
  const body = (await res.json()) as PullResponse;
  return body.changes.flatMap((c) =>
    c.type === 'lesson_rating' && c.op === 'put'
      ? [c.data as { userId: string; comment: string | null }]
      : [],
  );
}

describe('micro-lessons offline', () => {
  it('a member downloads a lesson, learns it offline (seeking in its audio), completes and rates it; the organizer sees the rating once', async () => {
    const browser = await launchBrowser();
    try {
      const { context, page } = await phone(browser, 'member');
      const row = page.getByRole('list', { name: '课程列表' }).getByRole('link', {
        name: new RegExp(LESSON),
      });
      await row.waitFor();
      await page.getByRole('heading', { name: '近期现场课' }).waitFor();
      await screenshot(page, 'lessons-list');

      await row.click();
      await page.getByRole('heading', { level: 1, name: LESSON }).waitFor();
      const download = page.getByRole('button', { name: /下载到手机/ });
      const label = await download.textContent();
      expect(label).toMatch(/下载到手机（\d+(\.\d)? kB）/);
      await download.click();
      await page.getByText(/已下载，可离线学习/).waitFor();
      const audioUrl = await page.locator('audio').getAttribute('src');
      expect(audioUrl).toMatch(/^\/api\/media\/[0-9a-f]{64}$/);
      const stored = await page.evaluate(async (url) => {
        const res = await (await caches.open('lesson-media')).match(url);
        return res ? { status: res.status, bytes: (await res.arrayBuffer()).byteLength } : null;
      }, audioUrl!);
      expect(stored?.status).toBe(200);
      expect(stored!.bytes).toBeGreaterThan(100_000);

      // Offline from here: nothing may reach the server until the phone is back online.
      // (The browser's own update check of the service worker script may still go out.)
      const swScript = await serviceWorkerScript(page);
      await context.setOffline(true);
      const offlineFrom = await markServerLog();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: LESSON }).waitFor();
      await page.getByRole('heading', { level: 2, name: '为什么是“小事”' }).waitFor();

      const played = await page.locator('audio').evaluate(async (el: HTMLAudioElement) => {
        if (el.readyState < 1) {
          await new Promise((r) => el.addEventListener('loadedmetadata', r, { once: true }));
        }
        const seeked = new Promise((r) => el.addEventListener('seeked', r, { once: true }));
        el.currentTime = 30;
        await seeked;
        el.muted = true;
        await el.play();
        await new Promise((r) => setTimeout(r, 800));
        el.pause();
        return { duration: el.duration, time: el.currentTime, error: el.error?.code ?? null };
      });
      expect(played.error).toBeNull();
      expect(played.duration).toBeGreaterThan(50);
      expect(played.time).toBeGreaterThanOrEqual(30);
      // The service worker slices the stored file for Range requests.
      const range = await page.evaluate(async (url) => {
        const res = await fetch(url, { headers: { range: 'bytes=1000-1999' } });
        return {
          status: res.status,
          range: res.headers.get('content-range'),
          bytes: (await res.arrayBuffer()).byteLength,
        };
      }, audioUrl!);
      expect(range).toMatchObject({ status: 206, bytes: 1000 });
      expect(range.range).toMatch(/^bytes 1000-1999\/\d+$/);

      await page.getByRole('button', { name: '标记为已学完' }).click();
      await page.getByText('已学完这节课').waitFor();
      await page
        .getByRole('group', { name: '课程内容' })
        .getByRole('radio', { name: '5 星' })
        .check({ force: true });
      await page
        .getByRole('group', { name: '主讲人' })
        .getByRole('radio', { name: '4 星' })
        .check({ force: true });
      await page.getByLabel('说说你的收获或建议（选填）').fill(COMMENT);
      await page.getByRole('button', { name: '提交评价' }).click();
      await page.getByText('评价已保存，可以随时修改。').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'lessons-lesson');
      await page.waitForTimeout(1000);
      expect(
        withoutUpdateChecks(serverRequestsBetween(offlineFrom, await markServerLog()), swScript),
      ).toEqual([]);

      // Back online: the queue goes out by itself.
      await context.setOffline(false);
      let mine: { comment: string | null }[] = [];
      for (let i = 0; i < 60 && mine.length === 0; i++) {
        await page.waitForTimeout(500);
        mine = (await ratingsOnServer()).filter((r) => r.comment === COMMENT);
      }
      expect(mine).toHaveLength(1);
      await context.close();

      const organizer = await phone(browser, 'organizer');
      await organizer.page.goto('/lessons/overview');
      const card = organizer.page.getByRole('article').filter({
        has: organizer.page.getByRole('heading', { level: 3, name: LESSON }),
      });
      await card.getByText(COMMENT).waitFor();
      expect(await card.getByText(COMMENT).count()).toBe(1);
      // the seeded colleague's rating and this one: two members, each once
      await card.getByText('2 人评价').waitFor();
      await card.getByText('2 人学完').waitFor();
      await screenshot(organizer.page, 'lessons-overview');
      await organizer.context.close();
    } finally {
      await browser.close();
    }
  });
});
