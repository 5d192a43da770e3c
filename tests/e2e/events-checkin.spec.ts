import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { encode } from 'uqr';
import { CHROMIUM_PATH, launchBrowser, newPhoneContext } from './support/browser.ts';
import { screenshot } from './support/screenshot.ts';
import { signIn } from './support/sign-in.ts';
import { signedInPhone } from './support/signed-in-phone.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo.ts';
import { sharedServer } from './support/shared-server.ts';

const LIVE_EVENT = '联合主题党日 · 轮值企业开放日';

const phone = signedInPhone;

/** Opens the party day in progress from the events tab (waits for the first sync to bring it). */
async function openLiveEvent(page: Page) {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '主题党日' })
    .click();
  await page.getByRole('link', { name: new RegExp(LIVE_EVENT) }).click();
  await page.getByRole('heading', { name: LIVE_EVENT }).waitFor();
}

async function apiToken(login: string): Promise<string> {
  const res = await fetch(`${sharedServer().url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  return ((await res.json()) as { token: string }).token;
}

/** A Y4M clip that shows `text` as a QR code, for Chromium's fake camera. */
function qrVideo(text: string): string {
  const qr = encode(text, { ecc: 'M', border: 4 });
  const [W, H] = [640, 480];
  const scale = Math.floor(440 / qr.size);
  const y = Buffer.alloc(W * H, 255);
  const ox = Math.floor((W - qr.size * scale) / 2);
  const oy = Math.floor((H - qr.size * scale) / 2);
  qr.data.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        y.fill(
          0,
          (oy + r * scale + dy) * W + ox + c * scale,
          (oy + r * scale + dy) * W + ox + (c + 1) * scale,
        );
    }),
  );
  const uv = Buffer.alloc((W * H) / 2, 128);
  const frames = Array.from({ length: 5 }, () => [Buffer.from('FRAME\n'), y, uv]).flat();
  const file = join(mkdtempSync(join(tmpdir(), 'lianxin-qr-')), 'qr.y4m');
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), ...frames]),
  );
  return file;
}

async function api<T>(token: string, path: string): Promise<T> {
  const res = await fetch(`${sharedServer().url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await res.json()) as T;
}

async function liveEventId(token: string): Promise<string> {
  const { changes } = await api<{
    changes: { type: string; id: string; data?: { title?: string } }[];
  }>(token, `/api/sync/pull?clientId=${crypto.randomUUID()}`);
  return changes.find((c) => c.type === 'event' && c.data?.title === LIVE_EVENT)!.id;
}

async function attendanceRows(name: string): Promise<string[][]> {
  const token = await apiToken('organizer');
  const res = await fetch(
    `${sharedServer().url}/api/events/${await liveEventId(token)}/attendance.csv`,
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  return (await res.text())
    .split('\r\n')
    .filter((l) => l.startsWith(`${name},`))
    .map((l) => l.split(','));
}

describe('party-day check-in', () => {
  it('the member types the code from the organizer’s offline screen; after sync the attendance shows them once', async () => {
    const browser = await launchBrowser();
    try {
      const organizer = await phone(browser, 'organizer');
      const member = await phone(browser, 'member');

      // The organizer opens the check-in screen, then loses the network: the code keeps rolling.
      await openLiveEvent(organizer.page);
      await organizer.page.getByRole('link', { name: '打开签到屏' }).click();
      const codeEl = organizer.page.locator('.desk__digits');
      await codeEl.waitFor();
      await organizer.context.setOffline(true);
      await organizer.page.getByText(/已签到 \d+ \/ \d+ 人/).waitFor();
      expect(await organizer.page.getByRole('img', { name: /签到二维码/ }).count()).toBe(1);
      await screenshot(organizer.page, 'events-organizer-checkin');

      // The member, offline too, opens check-in from the events tab and types the six digits.
      await openLiveEvent(member.page);
      await member.context.setOffline(true);
      await member.page.getByRole('link', { name: '去签到' }).click();
      const code = ((await codeEl.textContent()) ?? '').replace(/\D/g, '');
      expect(code).toMatch(/^\d{6}$/);
      await member.page.getByLabel('签到码').fill(code);
      await member.page.getByRole('button', { name: '签到', exact: true }).click();
      await member.page.getByText('签到已记录，联网后自动确认').waitFor();
      await screenshot(member.page, 'events-member-checkin');

      // Both back online: the member's check-in is confirmed, the organizer's count includes them.
      await member.context.setOffline(false);
      await member.page.getByText(/签到成功/).waitFor({ timeout: 30_000 });
      await organizer.context.setOffline(false);
      await organizer.page.getByRole('link', { name: '返回' }).click();
      await organizer.page.getByRole('link', { name: '出勤情况' }).click();
      const list = organizer.page.getByRole('tabpanel');
      await list.getByText('陈晓创').waitFor({ timeout: 30_000 });
      expect(await list.getByText('陈晓创').count()).toBe(1);

      // The server agrees: one row for the member, checked in by code.
      const rows = await attendanceRows('陈晓创');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.slice(4, 6)).toEqual(['已签到', '签到码']);

      await organizer.context.close();
      await member.context.close();
    } finally {
      await browser.close();
    }
  });
  it('the organizer scans a member card with the camera (no phone needed on the member’s side)', async () => {
    const member2 = await apiToken('member2');
    const card = await api<{ token: string }>(member2, '/api/me/card');
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        '--no-sandbox',
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${qrVideo(card.token)}`,
      ],
    });
    try {
      const context = await newPhoneContext(browser, { permissions: ['camera'] });
      const page = await context.newPage();
      await page.goto('/');
      await signIn(page, 'organizer');
      await openLiveEvent(page);
      await page.getByRole('link', { name: '打开签到屏' }).click();
      await page.getByRole('button', { name: '扫描党员证' }).click();
      await page.getByText('王一帆 已签到').waitFor();
      await page.getByText(/已签到 \d+ \/ \d+ 人/).waitFor();
      const rows = await attendanceRowsEventually('王一帆');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.slice(4, 6)).toEqual(['已签到', '党员证']);
    } finally {
      await browser.close();
    }
  });

  it('the phone’s own camera opens the check-in link; signed out, it survives sign-in; twice is once', async () => {
    const organizer = await apiToken('organizer');
    const eventId = await liveEventId(organizer);
    const { url } = await api<{ url: string }>(organizer, `/api/events/${eventId}/checkin-code`);
    const browser = await launchBrowser();
    try {
      const context = await newPhoneContext(browser);
      const page = await context.newPage();
      await page.goto(url);
      await signIn(page, 'member');
      await page.getByRole('heading', { name: '活动签到' }).waitFor();
      // already checked in by the first test: the link shows the state and queues nothing new
      await page.getByText(/签到成功/).waitFor();
      expect(new URL(page.url()).searchParams.get('event')).toBe(eventId);
      expect(await attendanceRows('陈晓创')).toHaveLength(1);
    } finally {
      await browser.close();
    }
  });
});

/** The desk queues the card check-in and syncs soon after; wait for the server to have it. */
async function attendanceRowsEventually(name: string): Promise<string[][]> {
  for (let i = 0; i < 30; i++) {
    const rows = await attendanceRows(name);
    if (rows[0]?.[4] === '已签到') return rows;
    await new Promise((r) => setTimeout(r, 500));
  }
  return attendanceRows(name);
}
