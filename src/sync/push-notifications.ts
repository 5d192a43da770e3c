import { pushPayload } from '../shared/push.ts';

/**
 * What the service worker does with Web Push (docs/notices.md "Web Push"): a message becomes a
 * notification, and a tap opens the app at the path it carries. Plain functions, so they are
 * tested without a service worker.
 */

export interface ShownNotification {
  title: string;
  options: NotificationOptions & { data: { url: string } };
}

/** The notification for a push message; a message that is not ours still shows the app's name. */
export function notificationFor(data: unknown): ShownNotification {
  const parsed = pushPayload.safeParse(data);
  const p = parsed.success ? parsed.data : { title: '连心', url: '/' };
  return {
    title: p.title,
    options: {
      body: 'body' in p ? p.body : undefined,
      tag: 'tag' in p ? p.tag : undefined,
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      lang: 'zh-CN',
      data: { url: p.url },
    },
  };
}

/** The same-origin URL a tapped notification opens; anything else opens the start page. */
export function targetUrl(data: unknown, origin: string): string {
  const url =
    data && typeof data === 'object' && 'url' in data && typeof data.url === 'string'
      ? data.url
      : '/';
  try {
    const resolved = new URL(url, origin);
    return resolved.origin === origin ? resolved.href : `${origin}/`;
  } catch {
    return `${origin}/`;
  }
}

export interface ClientLike {
  url: string;
  focused?: boolean;
  focus(): Promise<unknown>;
  navigate?(url: string): Promise<unknown>;
}

/**
 * Opens `url`: an open window of the app is focused and sent there (the one in front first),
 * so a tap does not pile up windows; with none, a new one opens.
 */
export async function openApp(
  url: string,
  windows: readonly ClientLike[],
  openWindow: (url: string) => Promise<unknown>,
): Promise<void> {
  const origin = new URL(url).origin;
  const ours = windows.filter((c) => new URL(c.url).origin === origin);
  const win = ours.find((c) => c.focused) ?? ours[0];
  if (!win) {
    await openWindow(url);
    return;
  }
  if (win.url !== url && win.navigate) await win.navigate(url);
  await win.focus();
}
