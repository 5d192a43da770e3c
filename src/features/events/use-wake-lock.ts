import { useEffect } from 'react';

interface WakeLockLike {
  release(): Promise<void>;
}

/** Keeps the screen on while the check-in code is shown (where the browser allows it). */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    const wl = (navigator as { wakeLock?: { request(type: 'screen'): Promise<WakeLockLike> } })
      .wakeLock;
    if (!active || !wl) return;
    let lock: WakeLockLike | null = null;
    let done = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible') return;
      wl.request('screen')
        .then((l) => {
          if (done) void l.release();
          else lock = l;
        })
        .catch(() => undefined);
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      done = true;
      document.removeEventListener('visibilitychange', acquire);
      void lock?.release();
    };
  }, [active]);
}
