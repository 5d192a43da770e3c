import { randomBytes } from 'node:crypto';
import type { Db, Queryable } from '../database/db.ts';
import { migrate } from '../database/migrate.ts';

/**
 * Backups are plain SQL that PostgreSQL and PGlite both run: a header naming the schema version,
 * then per table `INSERT ... SELECT * FROM json_populate_recordset(NULL::table, $tag$[rows]$tag$)`
 * in foreign-key order, then the version sequence. `psql -f backup.sql` on an empty database at the
 * same schema version also restores it.
 *
 * Restore: drop every table, migrate up to the backup's schema version, load the rows, renew the
 * sync epoch (so every phone's cursor resets: versions after the backup may be reused), then run
 * the newer migrations. Phones then recover by docs/sync-protocol.md push rule 8.
 */
const HEADER = '-- lianxin backup v1';
const CHUNK = 500;

async function tablesInOrder(db: Queryable): Promise<string[]> {
  const tables = (
    await db.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' ORDER BY 1`,
    )
  ).map((r) => r.name);
  const deps = await db.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const ordered: string[] = [];
  const visit = (t: string, seen: Set<string>) => {
    if (ordered.includes(t) || seen.has(t)) return;
    seen.add(t);
    for (const d of deps) if (d.child === t && d.parent !== t) visit(d.parent, seen);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

export async function backup(db: Db): Promise<string> {
  return db.tx(
    async (tx) => {
      const [{ v } = { v: 0 }] = await tx.query<{ v: number }>(
        'SELECT coalesce(max(version), 0)::int AS v FROM schema_migrations',
      );
      const [{ seq } = { seq: 0 }] = await tx.query<{ seq: number }>(
        'SELECT last_value::bigint AS seq FROM sync_version',
      );
      const out: string[] = [
        `${HEADER} schema=${v} at=${new Date().toISOString()}`,
        `-- restore with: npm run admin -- restore <file>`,
      ];
      for (const table of await tablesInOrder(tx)) {
        const rows = await tx.query<{ j: string }>(
          `SELECT row_to_json(t)::text AS j FROM "${table}" t`,
        );
        for (let i = 0; i < rows.length; i += CHUNK) {
          const json = `[${rows
            .slice(i, i + CHUNK)
            .map((r) => r.j)
            .join(',')}]`;
          let tag = 'lx';
          while (json.includes(`$${tag}$`)) tag = `lx${randomBytes(4).toString('hex')}`;
          out.push(
            `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $${tag}$${json}$${tag}$);`,
          );
        }
      }
      out.push(`SELECT setval('sync_version', ${Math.max(seq, 1)}, ${seq > 0});`);
      return out.join('\n') + '\n';
    },
    { isolation: 'repeatable read' },
  );
}

export function backupSchemaVersion(sql: string): number {
  const m = new RegExp(`^${HEADER} schema=(\\d+)`).exec(sql);
  if (!m) throw new Error('This file is not a Lianxin backup.');
  return Number(m[1]);
}

export async function restore(db: Db, sql: string): Promise<void> {
  const schema = backupSchemaVersion(sql);
  const tables = (
    await db.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`,
    )
  ).map((r) => r.name);
  if (tables.length) await db.exec(`DROP TABLE ${tables.map((t) => `"${t}"`).join(', ')} CASCADE`);
  await db.exec('DROP SEQUENCE IF EXISTS sync_version');
  await migrate(db, { upTo: schema });
  await db.tx(async (tx) => {
    // Migrations seed rows of their own (app_meta); the backup's rows replace them.
    for (const t of (await tablesInOrder(tx)).reverse()) await tx.query(`DELETE FROM "${t}"`);
    for (const stmt of sql.split('\n')) {
      if (stmt.startsWith('INSERT INTO') || stmt.startsWith('SELECT setval(')) await tx.query(stmt);
    }
    await tx.query(
      `INSERT INTO app_meta (key, value) VALUES ('sync_epoch', md5(random()::text || clock_timestamp()::text))
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    );
  });
  await migrate(db);
}
