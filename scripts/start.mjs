// `npm start`: build the app when the build is missing or stale, then run the server in the
// foreground. The server is a child so that tsx can load TypeScript; signals go through to it
// and its exit code comes back, so a process manager sees the server itself.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ROOT, buildIfStale } from './build-if-stale.mjs';

// A STATIC_DIR elsewhere is someone else's build; only our own dist/ is ours to remake.
const staticDir = resolve(ROOT, process.env.STATIC_DIR || 'dist');
if (staticDir === join(ROOT, 'dist')) {
  try {
    await buildIfStale();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}

const server = spawn(
  process.execPath,
  ['--import', 'tsx', join(ROOT, 'src', 'server', 'main.ts')],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  });
}

server.on('error', (err) => {
  console.error(`Could not start the server: ${err.message}`);
  process.exit(1);
});
server.on('exit', (code, signal) => {
  if (signal) {
    // Die of the same signal, so the caller sees what happened to the server.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
