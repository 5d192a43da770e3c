// PGlite alone, the floor under the server's memory: opens the PGlite folder given, reads as a
// first pull would (the users and the newest change-log rows), waits as the server's idle
// measurement does, and prints its resident memory as JSON. With a shared_buffers setting as the
// second argument it runs with that; without, with PGlite's own defaults.
// Usage: node bench/lib/pglite-floor.mjs <pglite folder> [shared_buffers] [idle ms]
import { PGlite } from '@electric-sql/pglite';

const [dir, sharedBuffers, idleMs = '3000'] = process.argv.slice(2);
const options = sharedBuffers
  ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`] }
  : {};
const started = performance.now();
const pg = await PGlite.create(dir, options);
await pg.query('SELECT count(*) FROM users');
await pg.query('SELECT * FROM sync_log ORDER BY version DESC LIMIT 1000');
const openMs = performance.now() - started;
await new Promise((r) => setTimeout(r, Number(idleMs)));
const rssMiB = process.memoryUsage().rss / 2 ** 20;
console.log(JSON.stringify({ sharedBuffers: sharedBuffers ?? 'default', openMs, rssMiB }));
await pg.close();
