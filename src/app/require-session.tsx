import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../sync/session.ts';
import { rememberFrame } from './frame-hint.ts';
import { RouteLoading } from './route-loading.tsx';

/**
 * Signed-out visitors go to /signin with the page they wanted in `next`, query included, so a
 * scanned check-in link (/checkin?e=&w=&c=) survives signing in. Someone who signs out (here or
 * in another tab) goes to a plain /signin: the next person to sign in on this phone starts on
 * the home page, not on the page the last one left open.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { user, ready } = useSession();
  const location = useLocation();
  const hadUser = useRef(false);
  useEffect(() => {
    if (ready) rememberFrame(!!user);
  }, [ready, user]);
  if (!ready) return <RouteLoading />;
  if (!user) {
    const next = location.pathname + location.search;
    const target =
      next === '/' || hadUser.current ? '/signin' : `/signin?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  hadUser.current = true;
  return children;
}
