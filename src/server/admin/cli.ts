import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../database/open.ts';
import { migrate } from '../database/migrate.ts';
import { runAdminCommand, USAGE } from './commands.ts';
import { backup, restore } from './backup.ts';

/** `npm run admin -- <command> [options]`: see USAGE. Uses the same environment as the server. */
async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    if (command === 'backup' || command === 'restore') {
      const file = rest[0];
      if (!file) throw new Error(`usage: npm run admin -- ${command} <file>`);
      if (command === 'backup') {
        await migrate(db);
        writeFileSync(file, await backup(db));
        console.log(`Backup written to ${file}`);
      } else {
        await restore(db, readFileSync(file, 'utf8'));
        console.log(
          `Restored ${file}. Phones will re-sync from scratch and resend what they still hold.`,
        );
      }
      return;
    }
    await migrate(db);
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        name: { type: 'string' },
        kind: { type: 'string' },
        parent: { type: 'string' },
        login: { type: 'string' },
        roles: { type: 'string' },
        org: { type: 'string' },
        groups: { type: 'string' },
        phone: { type: 'string' },
        password: { type: 'string' },
        points: { type: 'string' },
        'daily-cap': { type: 'string' },
        'monthly-cap': { type: 'string' },
        from: { type: 'string' },
        records: { type: 'string' },
        for: { type: 'string' },
      },
    });
    console.log(await runAdminCommand(db, command, values, positionals));
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
