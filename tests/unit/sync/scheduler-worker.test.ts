import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db.ts';
import { createSyncEngine } from '../../../src/sync/engine.ts';
import { withSyncLock } from '../../../src/sync/lock.ts';
import { mutate } from '../../../src/sync/mutate.ts';
import type { PullProgress } from '../../../src/sync/pull.ts';
import { stopSyncTimers, syncNow } from '../../../src/sync/scheduler.ts';
import { signInWith } from '../../../src/sync/sign-in.ts';
import { useSyncStore } from '../../../src/sync/status.ts';
import { createSyncServer } from '../../../src/sync/worker-protocol.ts';
import { device, requestArgs, world } from './helpers.ts';

const { server } = world();

type Listener = (event: { data?: unknown; preventDefault?: () => void }) => void;

/** Stands in for the browser's Worker: the handler of src/sync/sync-worker.ts, in this process. */
class FakeWorker {
  static made: { url: string; options: WorkerOptions | undefined; worker: FakeWorker }[] = [];
  /** the next request makes the worker fail as a crashed worker does (an error event) */
  static crashNext = false;
  terminated = false;
  readonly listeners = new Map<string, Listener[]>();
  readonly serve = createSyncServer(
    (onProgress) => withSyncLock(() => createSyncEngine({ db, onProgress, pullLimit: 1 }).sync()),
    (reply) => {
      const data = structuredClone(reply);
      setTimeout(() => this.emit('message', { data }), 0);
    },
  );
  constructor(url: URL | string, options?: WorkerOptions) {
    FakeWorker.made.push({ url: String(url), options, worker: this });
  }
  emit(type: string, event: { data?: unknown; preventDefault?: () => void }) {
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postMessage(message: unknown) {
    if (this.terminated) return;
    if (FakeWorker.crashNext) {
      FakeWorker.crashNext = false;
      setTimeout(() => this.emit('error', { preventDefault: () => undefined }), 0);
      return;
    }
    const data = structuredClone(message);
    setTimeout(() => void this.serve(data), 0);
  }
  terminate() {
    this.terminated = true;
  }
}

beforeAll(async () => {
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => server.fetch(input, init));
  // Records for a first pull of several pages (one change a page in the worker).
  const other = device(server);
  await other.signIn('alice');
  for (let i = 0; i < 3; i++) await other.mutate('request.create', requestArgs(`求助 ${i}`));
  await other.engine.sync();
  await signInWith({ db }, 'alice', 'pw');
});
afterAll(async () => {
  stopSyncTimers();
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

describe('the scheduler syncs in a worker where there is one', () => {
  it('runs the sync in the worker and shows its progress in the status store', async () => {
    const seen: PullProgress[] = [];
    const unsubscribe = useSyncStore.subscribe((s) => {
      if (s.progress) seen.push(s.progress);
    });
    await syncNow();
    unsubscribe();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.url).toMatch(/sync-worker\.ts$/);
    expect(FakeWorker.made[0]!.options).toMatchObject({ type: 'module' });
    expect(await db.requests.count()).toBe(3);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)?.done).toBeGreaterThanOrEqual(3);
    expect(useSyncStore.getState()).toMatchObject({ syncing: false, progress: null, error: null });
  });

  it("shows the worker's failures as the page's own", async () => {
    server.offline = true;
    await syncNow();
    expect(useSyncStore.getState()).toMatchObject({
      syncing: false,
      error: 'network',
      unreachable: true,
    });
    server.offline = false;
    await syncNow();
    expect(useSyncStore.getState()).toMatchObject({ error: null, unreachable: false });
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('syncs in the page when the worker fails, and does not start another', async () => {
    const r = requestArgs('工作者失败之后');
    await mutate('request.create', r);
    FakeWorker.crashNext = true;
    await syncNow();
    expect(server.get('request', r.id)).not.toBeNull();
    expect(await db.outbox.count()).toBe(0);
    expect(useSyncStore.getState()).toMatchObject({ syncing: false, error: null });
    // The crashed worker was ended (which frees any lock it held) and no other was started.
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.worker.terminated).toBe(true);
  });
});
