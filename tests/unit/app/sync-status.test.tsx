import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncPill } from '../../../src/app/sync-pill.tsx';
import { RefusedList } from '../../../src/features/me/refused-list.tsx';
import { SignOutButton } from '../../../src/features/me/sign-out-button.tsx';
import { RefusedPill } from '../../../src/app/refused-pill.tsx';
import { dismissAllRefused, dismissRefused, syncNow } from '../../../src/sync/status.ts';
import { signOut } from '../../../src/sync/sign-in.ts';
import { renderAt, useFreshDevice } from './setup-app.tsx';

const state = vi.hoisted(() => ({
  status: {
    online: true,
    unreachable: false,
    pending: 0,
    syncing: false,
    lastSyncedAt: null as string | null,
    refused: 0,
    error: null as string | null,
    progress: null as { done: number; total: number | null } | null,
  },
  refused: [] as {
    id: number;
    name: string;
    target: string | null;
    code: string;
    message: string;
    at: string;
  }[],
  listeners: new Set<() => void>(),
}));

vi.mock('../../../src/sync/status.ts', async () => {
  const { useSyncExternalStore } = await import('react');
  const subscribe = (listener: () => void) => {
    state.listeners.add(listener);
    return () => state.listeners.delete(listener);
  };
  return {
    useSyncStatus: () => useSyncExternalStore(subscribe, () => state.status),
    useRefused: () => useSyncExternalStore(subscribe, () => state.refused),
    syncNow: vi.fn(),
    startSync: vi.fn(() => () => {}),
    dismissRefused: vi.fn(async () => {}),
    dismissAllRefused: vi.fn(async () => {}),
  };
});
vi.mock('../../../src/sync/session.ts', () => ({
  useSession: () => ({ user: null, card: null, ready: true }),
}));
vi.mock('../../../src/sync/sign-in.ts', () => ({
  signIn: vi.fn(),
  signOut: vi.fn(async () => {}),
}));

function setStatus(patch: Partial<typeof state.status>) {
  act(() => {
    state.status = { ...state.status, ...patch };
    state.listeners.forEach((listener) => listener());
  });
}

describe('sync status on screen', () => {
  useFreshDevice();
  beforeEach(() => {
    state.status = {
      online: true,
      unreachable: false,
      pending: 0,
      syncing: false,
      lastSyncedAt: null,
      refused: 0,
      error: null,
      progress: null,
    };
    state.refused = [];
    vi.mocked(syncNow).mockClear();
    vi.mocked(signOut).mockClear();
  });

  it('shows offline with the waiting count, then progress, then the sync time in Beijing', async () => {
    renderAt(<SyncPill />);
    setStatus({ online: false, pending: 3 });
    const pill = screen.getByRole('button', { name: /同步状态/ });
    expect(pill.textContent).toBe('离线 · 3 项待发送');
    expect(screen.getByRole('status').textContent).toBe('离线 · 3 项待发送');

    setStatus({ online: true, syncing: true, progress: { done: 2, total: 3 } });
    expect(pill.textContent).toBe('正在同步 2/3');
    // Progress ticks are not read out one by one.
    expect(screen.getByRole('status').textContent).toBe('正在同步');

    setStatus({ syncing: false, progress: null, pending: 0, lastSyncedAt: '2025-03-04T06:05:00Z' });
    expect(pill.textContent).toBe('14:05 已同步');
    expect(screen.getByRole('status').textContent).toBe('14:05 已同步');

    await userEvent.setup().click(pill);
    expect(syncNow).toHaveBeenCalledTimes(1);
  });

  it('tells a server that does not answer apart from having no network, and retries on a tap', async () => {
    renderAt(<SyncPill />);
    setStatus({ online: true, unreachable: true, error: 'network', pending: 2 });
    const pill = screen.getByRole('button', { name: /同步状态/ });
    expect(pill.textContent).toBe('连不上服务器 · 2 项待发送');
    expect(pill.className).toContain('sync-pill--unreachable');
    await userEvent.setup().click(pill);
    expect(syncNow).toHaveBeenCalledTimes(1);
    setStatus({ online: false, unreachable: false });
    expect(pill.textContent).toBe('离线 · 2 项待发送');
  });

  it('shows refused items on their own button, which opens them and puts them all away', async () => {
    state.refused = [
      {
        id: 7,
        name: 'event.checkin',
        target: 'ev1',
        code: 'bad_code',
        message: '',
        at: '2025-03-04T06:05:00Z',
      },
    ];
    renderAt(
      <>
        <RefusedPill />
        <SyncPill />
      </>,
    );
    expect(screen.queryByRole('button', { name: /被退回/ })).toBeNull();
    setStatus({ pending: 2, refused: 1 });
    expect(screen.getByRole('button', { name: /同步状态/ }).textContent).toBe('2 项待同步');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '1 项被退回，点按查看' }));
    const dialog = screen.getByRole('dialog', { name: '被退回的内容' });
    expect(await within(dialog).findByText('签到码不对。')).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: '去看看' }).getAttribute('href')).toBe(
      '/events/ev1',
    );
    await user.click(within(dialog).getByRole('button', { name: '全部知道了' }));
    expect(dismissAllRefused).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('explains each refused item by its code, falling back to the server message', async () => {
    state.refused = [
      {
        id: 1,
        name: 'booking.create',
        target: 'v1',
        code: 'slot_taken',
        message: 'overlap',
        at: '2025-03-04T06:05:00Z',
      },
      {
        id: 2,
        name: 'future.thing',
        target: null,
        code: 'quota_exceeded',
        message: '本月预约次数已用完',
        at: '2025-03-04T07:00:00Z',
      },
    ];
    renderAt(<RefusedList />);
    const items = screen.getAllByRole('listitem');
    expect(within(items[0]!).getByText('预约场地')).toBeTruthy();
    expect(within(items[0]!).getByText('这个时段已经被别人预约了。')).toBeTruthy();
    expect(within(items[1]!).getByText('future.thing')).toBeTruthy();
    expect(within(items[1]!).getByText('本月预约次数已用完')).toBeTruthy();

    await userEvent.setup().click(screen.getByRole('button', { name: '知道了，移除“预约场地”' }));
    expect(dismissRefused).toHaveBeenCalledWith(1);
  });

  it('warns before signing out with unsynced items; Esc keeps the member signed in', async () => {
    const user = userEvent.setup();
    state.status = { ...state.status, pending: 2 };
    renderAt(<SignOutButton />);
    const button = screen.getByRole('button', { name: '退出登录' });
    await user.click(button);

    const dialog = screen.getByRole('alertdialog', { name: '还有内容没有同步' });
    expect(dialog.textContent).toContain('有 2 项内容还没有同步');
    // Focus starts inside, on the safe choice.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: '先不退出' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(signOut).not.toHaveBeenCalled();

    await user.click(button);
    await user.click(screen.getByRole('button', { name: '仍然退出' }));
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it('signs out at once when nothing is waiting', async () => {
    renderAt(<SignOutButton />);
    await userEvent.setup().click(screen.getByRole('button', { name: '退出登录' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(signOut).toHaveBeenCalledTimes(1);
  });
});
