import { getJson, sendJson } from '../../sync/api.ts';

/**
 * The browser side of Web Push (docs/notices.md "Web Push"). Permission is asked only from a tap
 * (enablePush is called by the switch), never on load.
 */
export type PushSupport = 'supported' | 'unsupported' | 'ios-install-first';

export function isStandalone(): boolean {
  return (
    window.matchMedia?.('(display-mode: standalone)').matches === true ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}

export function isIos(): boolean {
  const ua = navigator.userAgent;
  return /iPad|iPhone|iPod/.test(ua) || (ua.includes('Macintosh') && navigator.maxTouchPoints > 1);
}

export function pushSupport(): PushSupport {
  const has = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  // Safari on iOS offers Web Push only to an app added to the home screen.
  if (isIos() && !isStandalone()) return 'ios-install-first';
  return has ? 'supported' : 'unsupported';
}

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  // getRegistration, not `ready`: without a service worker (development) `ready` never settles.
  return navigator.serviceWorker.getRegistration();
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  if (pushSupport() !== 'supported') return null;
  const reg = await registration();
  return (await reg?.pushManager.getSubscription()) ?? null;
}

/** The key as the Push API wants it: bytes, from the server's base64url. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const b64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

export type EnableResult = 'on' | 'denied' | 'unsupported';

export async function enablePush(): Promise<EnableResult> {
  if (pushSupport() !== 'supported') return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return 'denied';
  const reg = await registration();
  if (!reg) return 'unsupported';
  const { publicKey } = await getJson<{ publicKey: string }>('/api/push/key');
  let sub = await reg.pushManager.getSubscription();
  // A subscription made under another key (a restored server) cannot be used: renew it.
  const current = sub?.options.applicationServerKey;
  if (sub && current && !sameBytes(new Uint8Array(current), keyBytes(publicKey))) {
    await sub.unsubscribe();
    sub = null;
  }
  sub ??= await reg.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: keyBytes(publicKey),
  });
  await sendJson('POST', '/api/push/subscriptions', sub.toJSON());
  return 'on';
}

/** Turns this phone's notifications off: at the push service and on the server. */
export async function disablePush(): Promise<void> {
  const sub = await currentSubscription();
  if (!sub) return;
  const { endpoint } = sub;
  await sub.unsubscribe();
  await sendJson('POST', '/api/push/unsubscribe', { endpoint });
}

export async function sendTestPush(): Promise<number> {
  return (await sendJson<{ sent: number }>('POST', '/api/push/test')).sent;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
