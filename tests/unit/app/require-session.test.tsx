import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_HINT_KEY } from '../../../src/app/frame-hint.ts';
import { RequireSession } from '../../../src/app/require-session.tsx';
import { renderAt, useFreshDevice } from './setup-app.tsx';

const session = vi.hoisted(() => ({ user: null as { id: string; name: string } | null }));

vi.mock('../../../src/sync/session.ts', () => ({
  useSession: () => ({ user: session.user, card: null, ready: true }),
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
  beforeEach(() => {
    session.user = null;
  });

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

  it('who sign out land on a plain sign-in page, not on the page they left', () => {
    session.user = { id: 'u1', name: '王芳' };
    const ui = () => <MemoryRouter initialEntries={['/me']}>{routes()}</MemoryRouter>;
    const { rerender } = render(ui());
    expect(screen.getByText('private')).toBeTruthy();
    session.user = null;
    rerender(ui());
    expect(screen.getByTestId('where').textContent).toBe('/signin');
  });

  it('leave the device painting the sign-in frame first, and a signed-in device the app bar', () => {
    session.user = { id: 'u1', name: '王芳' };
    const ui = () => <MemoryRouter initialEntries={['/me']}>{routes()}</MemoryRouter>;
    const { rerender } = render(ui());
    expect(localStorage.getItem(FRAME_HINT_KEY)).toBe('app');
    session.user = null;
    rerender(ui());
    expect(localStorage.getItem(FRAME_HINT_KEY)).toBeNull();
  });
});
