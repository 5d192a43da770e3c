import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SignInPage } from '../../../src/features/me/signin-page.tsx';
import { signIn } from '../../../src/sync/sign-in.ts';
import { ApiRequestError } from '../../../src/sync/http.ts';
import { renderAt, useFreshDevice } from './setup-app.tsx';

vi.mock('../../../src/sync/session.ts', () => ({
  useSession: () => ({ user: null, card: null, ready: true }),
}));
vi.mock('../../../src/sync/sign-in.ts', () => ({
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock('../../../src/sync/storage.ts', () => ({
  requestPersistentStorage: vi.fn(async () => true),
  useStorageEstimate: () => null,
}));

const signInMock = vi.mocked(signIn);
const rejectWith = (error: Error) =>
  signInMock.mockImplementation(async () => {
    throw error;
  });

async function submit(login = 'wangfang', password = 'not-her-password') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('登录名'), login);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

describe('sign-in form', () => {
  useFreshDevice();
  // A function returned from beforeEach is run as teardown, so the braces matter here.
  beforeEach(() => {
    signInMock.mockReset();
  });

  it('says the login name or password is wrong when the server rejects them', async () => {
    rejectWith(new ApiRequestError('invalid_credentials', 401, 'bad login'));
    renderAt(<SignInPage />, '/signin');
    await submit();
    expect((await screen.findByRole('alert')).textContent).toBe('登录名或密码不对，请核对后再试。');
    expect(signInMock).toHaveBeenCalledWith('wangfang', 'not-her-password');
    // The form stays usable for another try.
    expect(screen.getByRole('button', { name: '登录' })).toHaveProperty('disabled', false);
  });

  it('tells the member to wait when sign-in is rate limited', async () => {
    rejectWith(new ApiRequestError('rate_limited', 429, 'slow down'));
    renderAt(<SignInPage />, '/signin');
    await submit();
    expect((await screen.findByRole('alert')).textContent).toContain('尝试次数太多');
  });

  it('explains that the first sign-in needs a network', async () => {
    rejectWith(new ApiRequestError('network', 0, 'Failed to fetch'));
    renderAt(<SignInPage />, '/signin');
    await submit();
    expect((await screen.findByRole('alert')).textContent).toContain('连不上网络');
  });

  it('shows the server message for an unexpected error', async () => {
    rejectWith(new ApiRequestError('internal', 503, 'Service unavailable'));
    renderAt(<SignInPage />, '/signin');
    await submit();
    expect((await screen.findByRole('alert')).textContent).toBe(
      '登录没有成功：Service unavailable',
    );
  });

  it('asks for both fields before calling the server', async () => {
    renderAt(<SignInPage />, '/signin');
    await userEvent.setup().click(screen.getByRole('button', { name: '登录' }));
    expect(screen.getByRole('alert').textContent).toBe('请填写登录名和密码。');
    expect(signInMock).not.toHaveBeenCalled();
  });

  it('returns to the deep link it came from, query included', async () => {
    signInMock.mockResolvedValue({
      id: 'u1',
      name: '王芳',
      login: 'wangfang',
      roles: ['member'],
      orgId: 'o1',
      groups: [],
    });
    renderAt(
      <Routes>
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/checkin" element={<CheckinProbe />} />
      </Routes>,
      `/signin?next=${encodeURIComponent('/checkin?e=ev1&w=123&c=654321')}`,
    );
    await submit('wangfang', 'right-password');
    expect((await screen.findByTestId('where')).textContent).toBe('?e=ev1&w=123&c=654321');
  });

  it('ignores a next link that leaves the site', async () => {
    signInMock.mockResolvedValue({
      id: 'u1',
      name: '王芳',
      login: 'wangfang',
      roles: ['member'],
      orgId: 'o1',
      groups: [],
    });
    renderAt(
      <Routes>
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/lessons" element={<p>lessons</p>} />
      </Routes>,
      `/signin?next=${encodeURIComponent('//evil.example/x')}`,
    );
    await submit('wangfang', 'right-password');
    expect(await screen.findByText('lessons')).toBeTruthy();
  });
});

function CheckinProbe() {
  return <p data-testid="where">{useLocation().search}</p>;
}
