// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ICAL from 'ical.js';
import { shareOrCopy } from '../../../../src/features/notify/share.ts';
import {
  INSTALL_KEY,
  currentOffer,
  listenForInstallPrompt,
  markOffered,
  promptInstall,
  resetInstallPrompt,
} from '../../../../src/features/notify/install.ts';
import { calendarFile } from '../../../../src/features/notify/calendar-file.ts';
import { keyBytes } from '../../../../src/features/notify/push-client.ts';
import {
  notificationFor,
  openApp,
  targetUrl,
  type ClientLike,
} from '../../../../src/sync/push-notifications.ts';

const data = { title: '主题党日', url: 'https://app.example/events/1' };

describe('share (docs/notices.md "Sharing")', () => {
  it('uses the share sheet where there is one', async () => {
    const share = vi.fn(async () => undefined);
    const writeText = vi.fn(async () => undefined);
    expect(await shareOrCopy(data, { share, writeText })).toBe('shared');
    expect(share).toHaveBeenCalledWith(data);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the link where there is none', async () => {
    const writeText = vi.fn(async () => undefined);
    expect(await shareOrCopy(data, { writeText })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith(data.url);
  });

  it('copies when the sheet cannot take the data or fails, but not when the user closes it', async () => {
    const writeText = vi.fn(async () => undefined);
    const share = vi.fn(async () => undefined);
    expect(await shareOrCopy(data, { share, canShare: () => false, writeText })).toBe('copied');
    expect(share).not.toHaveBeenCalled();
    const refused = vi.fn(async () => {
      throw new DOMException('no', 'NotAllowedError');
    });
    expect(await shareOrCopy(data, { share: refused, writeText })).toBe('copied');
    const closed = vi.fn(async () => {
      throw new DOMException('closed', 'AbortError');
    });
    writeText.mockClear();
    expect(await shareOrCopy(data, { share: closed, writeText })).toBe('cancelled');
    expect(writeText).not.toHaveBeenCalled();
  });

  it('says so when neither works', async () => {
    expect(await shareOrCopy(data, {})).toBe('failed');
    const writeText = vi.fn(async () => {
      throw new Error('denied');
    });
    expect(await shareOrCopy(data, { writeText })).toBe('failed');
  });
});

describe('install offer (docs/notices.md "Install")', () => {
  const target = new EventTarget() as unknown as Window;
  listenForInstallPrompt(target);

  beforeEach(() => {
    localStorage.removeItem(INSTALL_KEY);
    resetInstallPrompt();
  });

  function fire(outcome: 'accepted' | 'dismissed') {
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: vi.fn(async () => undefined),
      userChoice: Promise.resolve({ outcome }),
    });
    target.dispatchEvent(event);
    return event;
  }

  it('nothing to offer until the browser offers installation', () => {
    expect(currentOffer()).toBeNull();
  });

  it('is offered once: dismissed, it never comes back', () => {
    const event = fire('dismissed');
    expect(event.defaultPrevented).toBe(true);
    expect(currentOffer()).toBe('prompt');
    markOffered('dismissed');
    expect(currentOffer()).toBeNull();
    fire('dismissed');
    expect(currentOffer()).toBeNull();
  });

  it('installing through the prompt ends the offer too', async () => {
    const event = fire('accepted');
    await promptInstall();
    expect(event.prompt).toHaveBeenCalledOnce();
    expect(localStorage.getItem(INSTALL_KEY)).toBe('installed');
    fire('accepted');
    expect(currentOffer()).toBeNull();
  });
});

describe('service worker: push messages', () => {
  it('shows the message and keeps where it leads', () => {
    const n = notificationFor({
      title: '明天主题党日',
      body: '14:30',
      url: '/events/e1',
      tag: 'e1',
    });
    expect(n.title).toBe('明天主题党日');
    expect(n.options).toMatchObject({ body: '14:30', tag: 'e1', data: { url: '/events/e1' } });
    // a message that is not ours still shows something (userVisibleOnly)
    expect(notificationFor('junk')).toMatchObject({
      title: '连心',
      options: { data: { url: '/' } },
    });
  });

  it('opens only paths of the app', () => {
    const origin = 'https://app.example';
    expect(targetUrl({ url: '/events/e1' }, origin)).toBe('https://app.example/events/e1');
    expect(targetUrl({ url: 'https://evil.example/' }, origin)).toBe('https://app.example/');
    expect(targetUrl({ url: '//evil.example/x' }, origin)).toBe('https://app.example/');
    expect(targetUrl(null, origin)).toBe('https://app.example/');
  });

  function win(url: string, focused = false): ClientLike & { navigate: ReturnType<typeof vi.fn> } {
    const w = {
      url,
      focused,
      focus: vi.fn(async () => w),
      navigate: vi.fn(async (to: string) => {
        w.url = to;
        return w;
      }),
    };
    return w;
  }

  it('a tap brings an open window of the app to the screen, the one in front first', async () => {
    const other = win('https://other.example/');
    const back = win('https://app.example/lessons');
    const front = win('https://app.example/me', true);
    const open = vi.fn(async () => null);
    await openApp('https://app.example/events/e1', [other, back, front], open);
    expect(front.navigate).toHaveBeenCalledWith('https://app.example/events/e1');
    expect(front.focus).toHaveBeenCalled();
    expect(back.navigate).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('with no window of the app, a tap opens one', async () => {
    const open = vi.fn(async () => null);
    await openApp('https://app.example/events/e1', [win('https://other.example/')], open);
    expect(open).toHaveBeenCalledWith('https://app.example/events/e1');
  });
});

describe('add to calendar, made on the phone', () => {
  it('is an RFC 5545 file in China time', async () => {
    const file = calendarFile({
      id: 'e1',
      kind: 'event',
      title: '主题党日：学习/讨论',
      start: new Date('2026-07-01T06:30:00Z'),
      end: new Date('2026-07-01T08:00:00Z'),
      location: '三楼会议室',
      url: 'https://app.example/events/e1',
    });
    expect(file.name).toBe('主题党日：学习 讨论.ics');
    expect(file.type).toBe('text/calendar;charset=utf-8');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(file);
    });
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20260701T143000');
    const cal = new ICAL.Component(ICAL.parse(text));
    ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone')!);
    const ev = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(ev.uid).toBe('event-e1@lianxin');
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-07-01T06:30:00.000Z');
    expect(ev.location).toBe('三楼会议室');
  });
});

describe('push key', () => {
  it('turns the server’s base64url key into bytes', () => {
    const raw = Uint8Array.from({ length: 65 }, (_, i) => (i * 37) % 256);
    const b64 = Buffer.from(raw).toString('base64url');
    expect([...keyBytes(b64)]).toEqual([...raw]);
  });
});
