import { useSyncExternalStore } from 'react';

/** From this width up (a PC) lists become tables with the detail beside them. */
export const WIDE_QUERY = '(min-width: 1024px)';

const subscribe = (notify: () => void) => {
  const query = window.matchMedia(WIDE_QUERY);
  query.addEventListener('change', notify);
  return () => query.removeEventListener('change', notify);
};

export const useWide = () =>
  useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE_QUERY).matches,
    () => false,
  );
