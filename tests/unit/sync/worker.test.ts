import { describe, expect, it, vi } from 'vitest';
import { readSession } from '../../../src/db/meta.ts';
import { ApiRequestError } from '../../../src/sync/api-error.ts';
import { isQuotaError } from '../../../src/sync/errors.ts';
import type { PullProgress } from '../../../src/sync/pull.ts';
import {
  createWorkerSync,
  WorkerUnavailable,
  type WorkerLike,
} from '../../../src/sync/worker-client.ts';
import {
  createSyncServer,
  fromWireError,
  toWireError,
  type WorkerReply,
} from '../../../src/sync/worker-protocol.ts';
import { device, requestArgs, world } from './helpers.ts';

type Listener = (event: { data?: unknown; preventDefault?: () => void }) => void;

/**
 * A worker in this process: messages cross through structuredClone and a task boundary, as
 * postMessage does, to the same request handler src/sync/sync-worker.ts installs.
 */
function inProcessWorker(run: Parameters<typeof createSyncServer>[0]) {
  const listeners = new Map<string, Listener[]>();
  const emit = (type: string, event: { data?: unknown; preventDefault?: () => void }) => {
    for (const l of listeners.get(type) ?? []) l(event);
  };
  const serve = createSyncServer(run, (reply) => {
    const data = structuredClone(reply);
    setTimeout(() => emit('message', { data }), 0);
  });
  const worker = {
    terminated: false,
    posted: [] as unknown[],
    postMessage(message: unknown) {
      worker.posted.push(message);
      const data = structuredClone(message);
      setTimeout(() => void serve(data), 0);
    },
    addEventListener(type: string, listener: Listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    terminate() {
      worker.terminated = true;
    },
    emit,
  };
  return worker;
}

const asWorker = (w: ReturnType<typeof inProcessWorker>) => w as unknown as WorkerLike;

describe('sync worker protocol', () => {
  it('runs a first sync in the worker: progress per page, then the result', async () => {
    const { server } = world();
    const first = device(server);
    await first.signIn('alice');
    for (let i = 0; i < 5; i++) await first.mutate('request.create', requestArgs(`求助 ${i}`));
    await first.engine.sync();

    // A fresh phone of the same member, its sync in the worker, two changes a page.
    const phone = device(server, { pullLimit: 2 });
    await phone.signIn('alice');
    const w = inProcessWorker((onProgress) =>
      device(server, { db: phone.db, pullLimit: 2, onProgress }).engine.sync(),
    );
    const client = createWorkerSync(() => asWorker(w));
    const progress: PullProgress[] = [];
    const result = await client.sync((p) => progress.push(p));

    const pulled = server.records('request').length;
    expect(result).toMatchObject({ pushed: 0, refused: 0 });
    expect(result?.pulled).toBeGreaterThanOrEqual(pulled);
    expect(await phone.db.requests.count()).toBe(pulled);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    const dones = progress.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(progress.at(-1)?.done).toBe(result?.pulled);
    expect(w.posted).toEqual([{ type: 'sync', id: 1 }]);
  });

  it("the engine's failures reach the tab as the same errors, and later syncs still run", async () => {
    const { server, alice } = world();
    const phone = device(server);
    await phone.signIn('alice');
    const w = inProcessWorker(() => phone.engine.sync());
    const client = createWorkerSync(() => asWorker(w));

    server.offline = true;
    const offline = await client.sync(() => undefined).catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(ApiRequestError);
    expect(offline).toMatchObject({ code: 'network', status: 0 });
    server.offline = false;

    await expect(client.sync(() => undefined)).resolves.toMatchObject({ refused: 0 });

    server.revokeTokens(alice.id);
    const lost = await client.sync(() => undefined).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(ApiRequestError);
    expect(lost).toMatchObject({ code: 'unauthenticated', status: 401 });
    // The worker marked the session expired in the shared database, as the page would have.
    expect((await readSession(phone.db))?.token).toBeNull();
    expect(w.terminated).toBe(false);
  });

  it('answers requests one after another, in order, and ignores other messages', async () => {
    const replies: WorkerReply[] = [];
    const finish: ((n: number) => void)[] = [];
    let runs = 0;
    const serve = createSyncServer(
      (onProgress) =>
        new Promise((resolve) => {
          runs += 1;
          onProgress({ done: runs, total: null });
          finish.push((pulled) => resolve({ pushed: 0, refused: 0, pulled }));
        }),
      (r) => replies.push(r),
    );
    await serve({ type: 'hello' });
    await serve(null);
    const a = serve({ type: 'sync', id: 7 });
    const b = serve({ type: 'sync', id: 8 });
    await vi.waitFor(() => expect(finish).toHaveLength(1));
    // The second waits for the first to end before it starts.
    expect(runs).toBe(1);
    finish[0]!(3);
    await a;
    await vi.waitFor(() => expect(finish).toHaveLength(2));
    finish[1]!(0);
    await b;
    expect(replies).toEqual([
      { type: 'progress', id: 7, progress: { done: 1, total: null } },
      { type: 'done', id: 7, result: { pushed: 0, refused: 0, pulled: 3 } },
      { type: 'progress', id: 8, progress: { done: 2, total: null } },
      { type: 'done', id: 8, result: { pushed: 0, refused: 0, pulled: 0 } },
    ]);
  });

  it('carries errors across as plain data and rebuilds what the scheduler looks at', () => {
    const api = fromWireError(
      structuredClone(toWireError(new ApiRequestError('seq_gap', 409, 'gap', { lastSeq: 4 }))),
    );
    expect(api).toBeInstanceOf(ApiRequestError);
    expect(api).toMatchObject({
      code: 'seq_gap',
      status: 409,
      message: 'gap',
      details: { lastSeq: 4 },
    });

    // Details that cannot be cloned are left behind rather than failing the reply.
    const odd = toWireError(new ApiRequestError('x', 400, 'x', { f: () => 1 }));
    expect(odd).toEqual({ kind: 'api', code: 'x', status: 400, message: 'x' });

    // A full disk, as Dexie wraps it, stays a quota error on the tab's side.
    const full = { name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } };
    const quota = fromWireError(structuredClone(toWireError(full)));
    expect(isQuotaError(quota)).toBe(true);
    expect(quota).not.toBeInstanceOf(ApiRequestError);

    const other = fromWireError(structuredClone(toWireError(new TypeError('boom'))));
    expect(other).toMatchObject({ name: 'TypeError', message: 'boom' });
    expect(isQuotaError(other)).toBe(false);
    expect(fromWireError(toWireError('just a string'))).toMatchObject({ message: 'just a string' });
  });

  it('falls back where no worker can start, without trying again', async () => {
    const none = vi.fn(() => null);
    const client = createWorkerSync(none);
    await expect(client.sync(() => undefined)).rejects.toBeInstanceOf(WorkerUnavailable);
    await expect(client.sync(() => undefined)).rejects.toBeInstanceOf(WorkerUnavailable);
    expect(none).toHaveBeenCalledTimes(1);

    const refused = vi.fn((): WorkerLike => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const blocked = createWorkerSync(refused);
    const err = await blocked.sync(() => undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkerUnavailable);
    expect((err as WorkerUnavailable).cause).toMatchObject({ name: 'SecurityError' });
    await expect(blocked.sync(() => undefined)).rejects.toBeInstanceOf(WorkerUnavailable);
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('a worker that fails (its script did not load, or it crashed) is ended and not asked again', async () => {
    let started = 0;
    let w: ReturnType<typeof inProcessWorker> | null = null;
    const client = createWorkerSync(() => {
      started += 1;
      // A sync that never ends: the worker fails while it runs.
      w = inProcessWorker(() => new Promise<never>(() => undefined));
      return asWorker(w);
    });
    const pending = client.sync(() => undefined);
    const prevented = vi.fn();
    // Replies to other requests and stray messages change nothing.
    w!.emit('message', { data: { type: 'done', id: 99, result: null } });
    w!.emit('message', { data: 'noise' });
    w!.emit('error', { preventDefault: prevented });
    await expect(pending).rejects.toBeInstanceOf(WorkerUnavailable);
    expect(prevented).toHaveBeenCalled();
    expect(w!.terminated).toBe(true);
    await expect(client.sync(() => undefined)).rejects.toBeInstanceOf(WorkerUnavailable);
    expect(started).toBe(1);
  });
});
