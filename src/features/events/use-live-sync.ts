import { useEffect } from 'react';
import { liveConnected, scheduleSync } from '../../sync/scheduler.ts';
import { useSyncStore } from '../../sync/status.ts';

const LIVE_MS = 8_000;

/**
 * While the check-in screen is open and online, sync more often than the app's 30-second timer,
 * so check-ins from members' phones show in the count within seconds. While the live stream is
 * up, its pokes do that already and this timer stays quiet.
 */
export function useLiveSync(active: boolean): void {
  const online = useSyncStore((s) => s.online);
  useEffect(() => {
    if (!active || !online) return;
    const id = setInterval(() => {
      if (document.visibilityState === 'visible' && !liveConnected()) scheduleSync(0);
    }, LIVE_MS);
    return () => clearInterval(id);
  }, [active, online]);
}
