import { screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RequireSession } from '../../../src/app/require-session.tsx';
import { renderAt, useFreshDevice } from './setup-app.tsx';

vi.mock('../../../src/sync/session.ts', () => ({
  useSession: () => ({ user: null, card: null, ready: true }),
}));
vi.mock('../../../src/sync/sign-in.ts', () => ({
  signIn: vi.fn(),
  signOut: vi.fn(),
}));

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

function routes() {
  return (
    <Routes>
      <Route path="/signin" element={<Where />} />
      <Route
        path="*"
        element={
          <RequireSession>
            <p>private</p>
          </RequireSession>
        }
      />
    </Routes>
  );
}

describe('signed-out visitors', () => {
  useFreshDevice();

  it('are sent to sign in, and a check-in link keeps its query for afterwards', () => {
    renderAt(routes(), '/checkin?e=ev1&w=57600123&c=042917');
    expect(screen.queryByText('private')).toBeNull();
    const where = screen.getByTestId('where').textContent ?? '';
    const url = new URL(where, 'https://x.test');
    expect(url.pathname).toBe('/signin');
    expect(url.searchParams.get('next')).toBe('/checkin?e=ev1&w=57600123&c=042917');
  });

  it('land on a plain sign-in page from the start URL', () => {
    renderAt(routes(), '/');
    expect(screen.getByTestId('where').textContent).toBe('/signin');
  });
});
