import { useEffect, useState } from 'react';
import { checkinCode, checkinUrl, windowAt, windowEndsAt } from '../../shared/checkin-code.ts';

export interface RollingCode {
  window: number;
  code: string;
  url: string;
  /** whole seconds until the next window */
  secondsLeft: number;
}

/** The current second, re-rendering every `ms`. */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

/**
 * The check-in code of the current 30-second window, computed on this device from the event
 * secret (docs/sync-protocol.md "Check-in codes"), so the organizer's screen keeps working with no network.
 */
export function useRollingCode(
  secret: string | null | undefined,
  eventId: string,
  origin: string,
): RollingCode | null {
  const now = useNow(500);
  const window = windowAt(now);
  const [current, setCurrent] = useState<{ window: number; code: string } | null>(null);
  useEffect(() => {
    if (!secret) return;
    let live = true;
    void checkinCode(secret, window).then((code) => {
      if (live) setCurrent({ window, code });
    });
    return () => {
      live = false;
    };
  }, [secret, window]);
  // For the few milliseconds the next code takes, the last one stays up: the server still
  // accepts the window before, so the screen never blanks.
  if (!secret || !current) return null;
  return {
    window: current.window,
    code: current.code,
    url: checkinUrl(origin, eventId, current.window, current.code),
    secondsLeft: Math.max(0, Math.ceil((windowEndsAt(current.window) - now) / 1000)),
  };
}
