import { useSyncExternalStore } from 'react';
import { isIos, isStandalone } from './push-client.ts';

/**
 * The installation offer (docs/notices.md "Install"): shown once, after the first sign-in, on a
 * browser that can install the app (Chromium's beforeinstallprompt) or on iOS Safari (steps to
 * add to the home screen). Dismissed or accepted, it never comes back on this device.
 */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export const INSTALL_KEY = 'lianxin.installOffer';

let deferred: InstallPromptEvent | null = null;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

/** Called once at start: the browser fires beforeinstallprompt early, before any screen shows. */
export function listenForInstallPrompt(target: Window = window): void {
  target.addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's own mini bar away: the app offers installation at a better moment.
    event.preventDefault();
    deferred = event as InstallPromptEvent;
    changed();
  });
  target.addEventListener('appinstalled', () => {
    deferred = null;
    markOffered('installed');
  });
}

export function offerState(): string | null {
  try {
    return localStorage.getItem(INSTALL_KEY);
  } catch {
    return null;
  }
}

export function markOffered(outcome: 'dismissed' | 'installed' | 'shown'): void {
  try {
    localStorage.setItem(INSTALL_KEY, outcome);
  } catch {
    // storage refused (private mode): the offer may come once more, no harm
  }
  changed();
}

export type InstallOffer = 'prompt' | 'ios' | null;

/** Which offer to show now, if any. */
export function currentOffer(): InstallOffer {
  if (offerState() !== null || isStandalone()) return null;
  if (deferred) return 'prompt';
  const safari =
    /Safari/.test(navigator.userAgent) && !/CriOS|FxiOS|EdgiOS/.test(navigator.userAgent);
  return isIos() && safari ? 'ios' : null;
}

export function useInstallOffer(): InstallOffer {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    currentOffer,
    () => null,
  );
}

/** Shows the browser's install dialog; whatever the answer, the offer is done. */
export async function promptInstall(): Promise<void> {
  const event = deferred;
  deferred = null;
  if (!event) return;
  await event.prompt();
  const { outcome } = await event.userChoice;
  markOffered(outcome === 'accepted' ? 'installed' : 'dismissed');
}

/** For tests: forget the captured event. */
export function resetInstallPrompt(): void {
  deferred = null;
  changed();
}
