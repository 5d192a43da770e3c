import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import {
  compilePgliteWasm,
  openPglite,
  openPostgres,
  type Db,
  type PgliteWasm,
} from '../../src/server/database/db.ts';
import { DEMO_PASSWORD, type DemoIds } from '../../src/server/seed/demo.ts';
import type { ServerContext } from '../../src/server/context.ts';

export const ON_POSTGRES = Boolean(process.env.DATABASE_URL);

/** How far a fresh database is made: empty, migrated, or migrated with the demo seeded. */
type Stage = 'empty' | 'migrated' | 'seeded';

/** The demo seeded into the run's snapshot (tests/server/support/global-setup.ts). */
function snapshotIds(): DemoIds {
  const ids = JSON.parse(inject('serverSnapshots').ids) as DemoIds & { now: string };
  return { ...ids, now: new Date(ids.now) };
}

/**
 * PGlite's WebAssembly compiled once per worker process. The server project runs its files one
 * after another in each worker (vitest.config.ts, `isolate: false`), so only a worker's first
 * file pays for the compile; the cache lives on globalThis in case a file's modules are reloaded.
 */
function workerWasm(): Promise<PgliteWasm> {
  const g = globalThis as { __lianxinPgliteWasm?: Promise<PgliteWasm> };
  return (g.__lianxinPgliteWasm ??= compilePgliteWasm());
}

/**
 * A fresh database: in-memory PGlite, or a new database on the PostgreSQL server of
 * DATABASE_URL. It is a copy of the run's snapshot of that stage, made once per run by the
 * server project's global setup, so no file pays for initdb, the migrations and the seed.
 */
export async function freshDb(
  stage: Stage = 'empty',
): Promise<{ db: Db; url?: string; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  const snapshots = inject('serverSnapshots');
  if (!url) {
    if (snapshots.kind !== 'pglite') throw new Error('the run was set up for PostgreSQL');
    const db = await openPglite(undefined, {
      loadDataDir: new Blob([readFileSync(snapshots[stage])]),
      wasm: await workerWasm(),
    });
    return { db, drop: () => db.close().catch(() => undefined) };
  }
  if (snapshots.kind !== 'postgres') throw new Error('the run was set up for PGlite');
  const name = `lianxin_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const template = stage === 'empty' ? '' : ` TEMPLATE ${snapshots[stage]}`;
  await admin.query(`CREATE DATABASE ${name}${template}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await openPostgres(u.toString(), 10);
  return {
    db,
    url: u.toString(),
    drop: async () => {
      await db.close().catch(() => undefined);
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestServer {
  app: FastifyInstance;
  db: Db;
  ids: DemoIds;
  ctx: ServerContext;
  login(login: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The real app on a fresh migrated database with the demo district seeded. */
export async function startServer(
  opts: { seed?: boolean; perAddress?: number; staticDir?: string } = {},
): Promise<TestServer> {
  const seeded = opts.seed !== false;
  const { db, drop } = await freshDb(seeded ? 'seeded' : 'migrated');
  const ids = seeded ? snapshotIds() : (undefined as unknown as DemoIds);
  const config = loadConfig({
    NODE_ENV: 'test',
    STATIC_DIR: opts.staticDir ?? '/nonexistent',
    LOG_LEVEL: 'silent',
  });
  const ctx: ServerContext = {
    config,
    db,
    version: 'test',
    loginLimits: { perLogin: 10, perAddress: opts.perAddress ?? 1000 },
    cardSecret: randomBytes(32).toString('hex'),
  };
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    db,
    ids,
    ctx,
    async login(login, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login, password },
      });
      if (res.statusCode !== 200)
        throw new Error(`login ${login} failed: ${res.statusCode} ${res.body}`);
      return res.json().token as string;
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** A small JPEG-looking photo, base64 (the server checks the magic bytes and the size only). */
export const jpegBase64 = (size = 2048) => {
  const b = Buffer.alloc(size, 7);
  b[0] = 0xff;
  b[1] = 0xd8;
  b[2] = 0xff;
  return b.toString('base64');
};
