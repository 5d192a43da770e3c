/**
 * Fills an empty database for the server benchmarks, before any server opens it: the schema, the
 * demo district (so a first pull carries the content a member of the demo park sees) and N extra
 * members split over the demo's two branches. The server then starts on it in production mode and
 * finds users present, so it seeds nothing itself.
 *
 *   node --import tsx bench/lib/seed-members.ts <count> <password>
 *
 * The database is the server's: DATABASE_URL, or PGlite in DATA_DIR. Prints the logins as JSON.
 */
import { loadConfig } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/database/open.ts';
import { migrate } from '../../src/server/database/migrate.ts';
import { seedDemo } from '../../src/server/seed/demo.ts';
import { createUser } from '../../src/server/accounts/users.ts';

const count = Number(process.argv[2] ?? 100);
const password = process.argv[3];
if (!Number.isInteger(count) || count < 1 || !password) {
  console.error('usage: seed-members.ts <count> <password>');
  process.exit(2);
}

const db = await openDatabase(loadConfig());
try {
  await migrate(db);
  const logins = await db.tx(async (tx) => {
    const ids = await seedDemo(tx);
    const made: string[] = [];
    for (let i = 1; i <= count; i++) {
      const login = `bench${String(i).padStart(3, '0')}`;
      await createUser(tx, {
        login,
        name: `压测成员${i}`,
        password,
        roles: ['member'],
        orgId: i % 2 ? ids.branchA : ids.branchB,
      });
      made.push(login);
    }
    return made;
  });
  console.log(JSON.stringify({ logins }));
} finally {
  await db.close();
}
