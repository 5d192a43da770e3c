import type { FastifyBaseLogger } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { Config } from './config.ts';
import type { Db } from './database/db.ts';
import { migrate } from './database/migrate.ts';
import { createOrg } from './accounts/orgs.ts';
import { createUser } from './accounts/users.ts';
import { randomPassword } from './auth/passwords.ts';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from './seed/demo.ts';
import { refreshDemoDates } from './seed/keep-alive.ts';

/** A value generated once and shared by every replica through app_meta. */
export async function sharedSecret(db: Db, key: string): Promise<string> {
  await db.query(`INSERT INTO app_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`, [
    key,
    randomBytes(32).toString('hex'),
  ]);
  const rows = await db.query<{ value: string }>(`SELECT value FROM app_meta WHERE key = $1`, [
    key,
  ]);
  return rows[0]!.value;
}

/**
 * Migrates, then fills an empty database: demo content on an embedded database outside
 * production (unless LIANXIN_SEED=none); otherwise one admin with a random password printed once.
 * A database that already holds the demo gets its dates moved to today (seed/keep-alive.ts).
 */
export async function prepareDatabase(
  db: Db,
  config: Config,
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
  now = new Date(),
) {
  const applied = await migrate(db);
  if (applied.length) log.info({ applied }, 'migrations applied');
  const wantDemo =
    !config.production &&
    config.LIANXIN_SEED !== 'none' &&
    (config.LIANXIN_SEED === 'demo' || !config.DATABASE_URL);
  const created = await db.tx(async (tx) => {
    // One replica fills the database; the others wait here and find users present.
    await tx.query('SELECT pg_advisory_xact_lock(7270002)');
    const [{ n } = { n: 0 }] = await tx.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM users',
    );
    if (n > 0) {
      if (config.production) return null;
      const moved = await refreshDemoDates(tx, now);
      if (moved) log.info(moved, 'demo dates moved to today');
      return null;
    }
    if (wantDemo) {
      await seedDemo(tx, now);
      return { demo: true as const };
    }
    const root = await createOrg(tx, { parentId: null, name: '两新工委', kind: 'district' });
    const password = randomPassword();
    await createUser(tx, {
      login: 'admin',
      name: '管理员',
      password,
      roles: ['admin'],
      orgId: root,
    });
    return { demo: false as const, password };
  });
  if (created?.demo) {
    const lines = DEMO_LOGINS.map((l) => `  ${l.padEnd(10)} / ${DEMO_PASSWORD}`).join('\n');
    console.log(`\nDemo content created. Sign in with:\n${lines}\n`);
  } else if (created) {
    console.log(
      `\nEmpty database: created the first administrator.\n  login: admin\n  password: ${created.password}\n` +
        `This password is shown once. Change it with: npm run admin -- reset-password admin\n`,
    );
  }
}
