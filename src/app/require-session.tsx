import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../sync/session.ts';
import { RouteLoading } from './route-loading.tsx';

/**
 * Signed-out visitors go to /signin with the page they wanted in `next`, query included, so a
 * scanned check-in link (/checkin?e=&w=&c=) survives signing in.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { user, ready } = useSession();
  const location = useLocation();
  if (!ready) return <RouteLoading />;
  if (!user) {
    const next = location.pathname + location.search;
    const target = next === '/' ? '/signin' : `/signin?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return children;
}
