import pg from 'pg';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres, type Db } from '../../../src/server/database/db.ts';
import { migrate } from '../../../src/server/database/migrate.ts';
import { seedDemo, type DemoIds } from '../../../src/server/seed/demo.ts';

/**
 * The databases every server test file starts from, made once per run: empty, migrated, and
 * migrated with the demo district seeded. On PGlite they are data-directory tarballs that each
 * file loads (which also skips initdb, the slowest part of opening a PGlite); on PostgreSQL they
 * are template databases that each file copies with CREATE DATABASE … TEMPLATE.
 */
export type ServerSnapshots =
  | { kind: 'pglite'; empty: string; migrated: string; seeded: string; ids: string }
  | { kind: 'postgres'; migrated: string; seeded: string; ids: string };

declare module 'vitest' {
  export interface ProvidedContext {
    serverSnapshots: ServerSnapshots;
  }
}

async function prepare(db: Db, seed: boolean): Promise<DemoIds | undefined> {
  await migrate(db);
  return seed ? db.tx((tx) => seedDemo(tx)) : undefined;
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'lianxin-server-tests-'));
    const save = async (db: Db, name: string) => {
      const file = join(dir, `${name}.tar`);
      writeFileSync(file, Buffer.from(await (await db.dumpDataDir!()).arrayBuffer()));
      return file;
    };
    const db = await openPglite();
    const empty = await save(db, 'empty');
    await prepare(db, false);
    const migrated = await save(db, 'migrated');
    const ids = await db.tx((tx) => seedDemo(tx));
    const seeded = await save(db, 'seeded');
    await db.close();
    project.provide('serverSnapshots', {
      kind: 'pglite',
      empty,
      migrated,
      seeded,
      ids: JSON.stringify(ids),
    });
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const stem = `lianxin_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const names = { migrated: `${stem}_m`, seeded: `${stem}_s` };
  let ids: DemoIds | undefined;
  try {
    for (const [key, name] of Object.entries(names)) {
      await admin.query(`CREATE DATABASE ${name}`);
      const u = new URL(url);
      u.pathname = `/${name}`;
      const db = await openPostgres(u.toString(), 2);
      try {
        const made = await prepare(db, key === 'seeded');
        if (made) ids = made;
      } finally {
        await db.close();
      }
    }
  } finally {
    await admin.end();
  }
  project.provide('serverSnapshots', { kind: 'postgres', ...names, ids: JSON.stringify(ids) });
  return async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    for (const name of Object.values(names)) {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
    await c.end();
  };
}
