import { PGLITE_SHARED_BUFFERS } from './pglite-settings.ts';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { loadPg } from './pg.ts';
import type { PGlite as PGliteType, Transaction as PGliteTx } from '@electric-sql/pglite';
import { ChangeBuffer, flushChanges, type LogChange } from './change-log.ts';
import { pgliteNotifications, postgresNotifications, type Notifications } from './notifier.ts';

export type Row = Record<string, unknown>;
export type Isolation = 'read committed' | 'repeatable read' | 'serializable';

export interface Queryable {
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** A transaction. `emit` records a change for pull; changes get their versions at commit (see change-log.ts). */
export interface Tx extends Queryable {
  emit(change: LogChange): void;
  /** Runs fn atomically inside the transaction: on throw its statements and emitted changes are undone. */
  savepoint<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * Runs fn in this process once the transaction has committed (never if it rolls back, nor if
   * the savepoint it was registered in is undone). For work outside the database that must only
   * follow a committed change, such as delivering a notice (src/server/notices/deliver.ts).
   */
  afterCommit(fn: () => void): void;
}

/** Called in this process right after a commit that wrote versions, with its change note. */
export type CommitHook = (note: string) => void;

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  tx<T>(fn: (tx: Tx) => Promise<T>, opts?: { isolation?: Isolation }): Promise<T>;
  exec(sql: string): Promise<void>;
  poolStats(): { total: number; idle: number; waiting: number };
  /** This process's one listener for commits and session changes, started on first use. */
  notifications(): Promise<Notifications>;
  /** Hears this process's own commits at once, before the database's notification comes back. */
  onCommit(hook: CommitHook): () => void;
  /** PGlite only: the whole data directory as a tarball, for `openPglite`'s `loadDataDir`. */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

function commitHooks() {
  const hooks = new Set<CommitHook>();
  return {
    add(h: CommitHook) {
      hooks.add(h);
      return () => void hooks.delete(h);
    },
    run(note: string | null) {
      if (note) for (const h of hooks) h(note);
    },
  };
}

/** A failing after-commit hook must not turn a committed transaction into an error. */
function runAfterCommit(fns: (() => void)[]) {
  for (const fn of fns) {
    try {
      fn();
    } catch (err) {
      console.error('after-commit hook failed', err);
    }
  }
}

/** Starts `open` once, on first call; `stop` closes it if it was ever started. */
function lazy<T extends { close(): Promise<void> }>(open: () => Promise<T>) {
  let started: Promise<T> | null = null;
  return {
    get: () => (started ??= open()),
    stop: async () => {
      if (started) await (await started).close();
    },
  };
}

const RETRYABLE = new Set(['40001', '40P01']);

function makeTx(run: Queryable['query']): Tx & { buffer: ChangeBuffer; committed: (() => void)[] } {
  const buffer = new ChangeBuffer();
  const committed: (() => void)[] = [];
  let depth = 0;
  return {
    buffer,
    committed,
    query: run,
    emit: (c) => buffer.add(c),
    afterCommit: (fn) => void committed.push(fn),
    async savepoint<T>(fn: () => Promise<T>): Promise<T> {
      const name = `sp_${++depth}`;
      await run(`SAVEPOINT ${name}`);
      const mark = buffer.mark();
      const hooksMark = committed.length;
      try {
        const result = await fn();
        await run(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (err) {
        await run(`ROLLBACK TO SAVEPOINT ${name}`);
        buffer.rewind(mark);
        committed.length = hooksMark;
        throw err;
      } finally {
        depth--;
      }
    },
  };
}

/**
 * Admission to PGlite's one connection: one statement or transaction at a time, first come first
 * served, each started from a turn of the event loop of its own (setImmediate).
 *
 * PGlite's work is synchronous WebAssembly behind promises. Run as it is asked for, a request's
 * statements ran inside the callback that read the request, so one turn of the event loop served
 * every request that had arrived, database work included: 150 ms and more a turn under 100
 * clients. Node accepts one new connection per turn, so connections opened meanwhile waited
 * seconds for their first answer (bench/README.md, "Server load on PGlite"). Started from the
 * check phase one at a time, the database's work is spread over turns, and sockets are read and
 * connections accepted between any two transactions.
 */
export function turnTaking() {
  const waiters: (() => void)[] = [];
  let busy = false;
  let scheduled = false;
  const next = () => {
    scheduled = false;
    const start = waiters.shift();
    if (start) {
      busy = true;
      start();
    }
  };
  const schedule = () => {
    if (!scheduled && !busy && waiters.length) {
      scheduled = true;
      setImmediate(next);
    }
  };
  return {
    get busy() {
      return busy;
    },
    get waiting() {
      return waiters.length;
    },
    async run<T>(fn: () => Promise<T>): Promise<T> {
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        schedule();
      });
      try {
        return await fn();
      } finally {
        busy = false;
        schedule();
      }
    },
  };
}

export interface PgliteWasm {
  pglite: WebAssembly.Module;
  initdb: WebAssembly.Module;
}

/**
 * PGlite's two WebAssembly programs, compiled. PGlite otherwise reads and compiles both on every
 * open; a process that opens many databases (a test worker) compiles them once with this.
 */
export async function compilePgliteWasm(): Promise<PgliteWasm> {
  const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  const [pglite, initdb] = await Promise.all(
    ['pglite.wasm', 'initdb.wasm'].map(async (f) =>
      WebAssembly.compile(await readFile(join(dist, f))),
    ),
  );
  return { pglite: pglite!, initdb: initdb! };
}

export async function openPglite(
  dataDir?: string,
  {
    sharedBuffers = PGLITE_SHARED_BUFFERS,
    loadDataDir,
    wasm,
  }: {
    sharedBuffers?: string;
    /** start from a copy of a data directory made by `dumpDataDir` (no initdb: much faster) */
    loadDataDir?: Blob;
    /** PGlite's WebAssembly, compiled once for a process that opens many (see `pgliteWasm`) */
    wasm?: PgliteWasm;
  } = {},
): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const options = {
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`],
    ...(loadDataDir ? { loadDataDir } : {}),
    ...(wasm ? { pgliteWasmModule: wasm.pglite, initdbWasmModule: wasm.initdb } : {}),
  };
  let pgl: PGliteType;
  if (dataDir) {
    const dir = resolve(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    pgl = await PGlite.create(dir, options);
  } else {
    pgl = await PGlite.create(options);
  }
  const turns = turnTaking();
  const listener = lazy(() => pgliteNotifications(pgl));
  const hooks = commitHooks();
  const db: Db = {
    kind: 'pglite',
    query<T>(sql: string, params?: unknown[]) {
      return turns.run(async () => (await pgl.query<T>(sql, params)).rows);
    },
    exec(sql) {
      return turns.run(async () => void (await pgl.exec(sql)));
    },
    async tx(fn, opts) {
      // PGlite is one connection: a transaction has it to itself, so there is nothing to retry.
      let note: string | null = null;
      let after: (() => void)[] = [];
      const result = await turns.run(() =>
        pgl.transaction(async (ptx: PGliteTx) => {
          if (opts?.isolation && opts.isolation !== 'read committed') {
            await ptx.query(`SET TRANSACTION ISOLATION LEVEL ${opts.isolation.toUpperCase()}`);
          }
          const t = makeTx(async (sql, params) => (await ptx.query(sql, params)).rows as never);
          const result = await fn(t);
          note = await flushChanges(t, t.buffer);
          after = t.committed;
          return result;
        }),
      );
      hooks.run(note);
      runAfterCommit(after);
      return result;
    },
    poolStats: () => ({ total: 1, idle: turns.busy ? 0 : 1, waiting: turns.waiting }),
    notifications: listener.get,
    onCommit: hooks.add,
    dumpDataDir: async () => pgl.dumpDataDir('none'),
    async close() {
      await listener.stop();
      await pgl.close();
    },
  };
  return db;
}

export async function openPostgres(url: string, max = 10): Promise<Db> {
  const pg = await loadPg();
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'lianxin' });
  pool.on('error', () => {
    /* an idle client died; the pool replaces it, and health checks report the database state */
  });
  const listener = lazy(() => postgresNotifications(url));
  const hooks = commitHooks();
  const db: Db = {
    kind: 'postgres',
    async query<T>(sql: string, params?: unknown[]) {
      return (await pool.query(sql, params as unknown[])).rows as T[];
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async tx(fn, opts) {
      for (let attempt = 1; ; attempt++) {
        const client = await pool.connect();
        try {
          await client.query(
            `BEGIN ISOLATION LEVEL ${(opts?.isolation ?? 'read committed').toUpperCase()}`,
          );
          const t = makeTx(
            async (sql, params) => (await client.query(sql, params as unknown[])).rows as never,
          );
          const result = await fn(t);
          const note = await flushChanges(t, t.buffer);
          await client.query('COMMIT');
          hooks.run(note);
          runAfterCommit(t.committed);
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          const code = (err as { code?: string }).code;
          if (code && RETRYABLE.has(code) && attempt < 5) {
            await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
            continue;
          }
          throw err;
        } finally {
          client.release();
        }
      }
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    notifications: listener.get,
    onCommit: hooks.add,
    async close() {
      await listener.stop();
      await pool.end();
    },
  };
  return db;
}
