// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db.ts';
import { withSyncLock } from '../../../src/sync/lock.ts';
import { mutate } from '../../../src/sync/mutate.ts';
import { stopSyncTimers, syncNow } from '../../../src/sync/scheduler.ts';
import { useSession } from '../../../src/sync/session.ts';
import { signInWith } from '../../../src/sync/sign-in.ts';
import {
  dismissRefused,
  useRefused,
  useSyncStatus,
  useSyncStore,
} from '../../../src/sync/status.ts';
import { newId, requestArgs, world } from './helpers.ts';

const { server, alice } = world();
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((r) => setTimeout(r, 5));
      return await server.fetch(input, init);
    } finally {
      inFlight -= 1;
    }
  });
  await signInWith({ db }, 'alice', 'pw');
});
afterAll(async () => {
  // the hooks' live queries must not render into an environment that is gone
  cleanup();
  // a debounced or retry sync must not fire after the test environment is gone
  stopSyncTimers();
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

describe('scheduler and status (the app’s default database)', () => {
  it('never runs two syncs at once, and a trigger during a run gets one more run', async () => {
    const r = requestArgs();
    await mutate('request.create', r);
    await Promise.all([syncNow(), syncNow(), syncNow()]);
    expect(maxInFlight).toBe(1);
    expect(server.get('request', r.id)).not.toBeNull();
    expect(await db.outbox.count()).toBe(0);
    expect(useSyncStore.getState()).toMatchObject({ syncing: false, error: null });
  });

  it('shows waiting and refused counts, the refused list, and sync errors', async () => {
    const { result } = renderHook(() => ({
      status: useSyncStatus(),
      refused: useRefused(),
      session: useSession(),
    }));
    await waitFor(() => expect(result.current.session.user?.id).toBe(alice.id));
    expect(result.current.session.card?.token).toBe(`card-${alice.id}`);

    server.offline = true;
    await act(async () => {
      await mutate('event.checkin', { eventId: newId(), window: 5, code: '000000' });
      await mutate('request.create', requestArgs());
    });
    await waitFor(() => expect(result.current.status.pending).toBe(2));
    await act(() => syncNow());
    expect(result.current.status.error).toBe('network');
    // The phone has a network; the server is what cannot be reached.
    expect(result.current.status).toMatchObject({ online: true, unreachable: true });

    server.offline = false;
    await act(() => syncNow());
    await waitFor(() => expect(result.current.status.pending).toBe(0));
    expect(result.current.status).toMatchObject({
      error: null,
      unreachable: false,
      refused: 1,
      syncing: false,
    });
    expect(result.current.status.lastSyncedAt).not.toBeNull();
    expect(result.current.refused).toMatchObject([{ name: 'event.checkin', code: 'bad_code' }]);

    await act(() => dismissRefused(result.current.refused[0]!.id));
    await waitFor(() => expect(result.current.status.refused).toBe(0));
  });

  it('settles a refused check-in once the same check-in goes through', async () => {
    const { result } = renderHook(() => ({ status: useSyncStatus(), refused: useRefused() }));
    const eventId = newId();
    await act(async () => {
      await mutate('event.checkin', { eventId, window: 5, code: '000000' });
      await syncNow();
    });
    await waitFor(() => expect(result.current.status.refused).toBe(1));
    expect(result.current.refused).toMatchObject([{ code: 'bad_code', target: eventId }]);

    // A check-in at another event does not settle it; the right code at this one does.
    await act(async () => {
      await mutate('event.checkin', { eventId: newId(), window: 5, code: '123456' });
      await syncNow();
    });
    expect(result.current.status.refused).toBe(1);
    await act(async () => {
      await mutate('event.checkin', { eventId, window: 5, code: '123456' });
      await syncNow();
    });
    await waitFor(() => expect(result.current.status.refused).toBe(0));
  });

  it('uses Web Locks when the browser has them', async () => {
    const request = vi.fn((_name: string, cb: () => Promise<number>) => cb());
    vi.stubGlobal('navigator', { ...navigator, locks: { request } });
    expect(await withSyncLock(async () => 42)).toBe(42);
    expect(request).toHaveBeenCalledWith('lianxin-sync', expect.any(Function));
  });
});
