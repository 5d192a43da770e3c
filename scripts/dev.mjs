// `npm run dev`: the API server (restarting when its code changes) and the Vite dev server
// together. Vite proxies /api to the API server, so the app is used on Vite's address as it
// would be in production on one origin. Ctrl-C, or either one ending, stops both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createServer } from 'vite';
import { ROOT } from './build-if-stale.mjs';

const apiPort = Number(process.env.PORT || 8080);
const apiTarget = `http://127.0.0.1:${apiPort}`;

const api = spawn(
  process.execPath,
  [
    join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    'watch',
    '--clear-screen=false',
    'src/server/main.ts',
  ],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PORT: String(apiPort), NODE_ENV: process.env.NODE_ENV || 'development' },
  },
);

let vite;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (api.exitCode === null && api.signalCode === null) api.kill('SIGTERM');
  await vite?.close().catch(() => {});
  // Give the API server its graceful shutdown (it closes the database) before leaving.
  if (api.exitCode === null && api.signalCode === null) {
    await new Promise((done) => {
      const force = setTimeout(() => {
        api.kill('SIGKILL');
        done();
      }, 10_000);
      api.once('exit', () => {
        clearTimeout(force);
        done();
      });
    });
  }
  process.exit(code);
}

api.on('error', (err) => {
  console.error(`Could not start the API server: ${err.message}`);
  void stop(1);
});
api.on('exit', (code) => {
  if (!stopping) {
    console.error(`The API server stopped (exit code ${code}); stopping the dev server too.`);
    void stop(code || 1);
  }
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));

try {
  vite = await createServer({
    root: ROOT,
    server: { proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  });
  await vite.listen();
  vite.printUrls();
  console.log(`  API server on ${apiTarget} (proxied under /api)\n`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  await stop(1);
}
