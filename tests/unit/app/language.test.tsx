import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LanguageSwitch } from '../../../src/app/language-switch.tsx';
import { TabBar } from '../../../src/app/tab-bar.tsx';
import { UI_STORAGE_KEY } from '../../../src/app/ui-store.ts';
import { SignInPage } from '../../../src/features/me/signin-page.tsx';
import { renderAt, useFreshDevice } from './setup-app.tsx';

vi.mock('../../../src/sync/session.ts', () => ({
  useSession: () => ({ user: null, card: null, ready: true }),
}));
vi.mock('../../../src/sync/sign-in.ts', () => ({
  signIn: vi.fn(),
  signOut: vi.fn(),
}));

describe('language switch', () => {
  useFreshDevice();

  it('starts in Chinese and switches the screen and <html lang> to English', async () => {
    const user = userEvent.setup();
    renderAt(
      <>
        <SignInPage languageSwitch={<LanguageSwitch />} />
        <TabBar />
      </>,
      '/signin',
    );
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByLabelText('登录名')).toBeTruthy();
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'English' }));

    // The English texts are a chunk of their own: the screen switches once they have loaded.
    expect(await screen.findByLabelText('Login name')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: '连心' })).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Party days' })).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(UI_STORAGE_KEY) ?? '{}').state.locale).toBe('en');

    await user.click(screen.getByRole('radio', { name: '中文' }));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByLabelText('登录名')).toBeTruthy();
  });
});
