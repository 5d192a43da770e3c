// `npm start`: build the app and the server when a build is missing or stale, then run the
// compiled server (dist-server/main.js, plain JavaScript: no TypeScript loader at run time) in
// the foreground. The server is a child so that a build never shares its memory; signals go
// through to it and its exit code comes back, so a process manager sees the server itself.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import {
  ROOT,
  SERVER_ARGS,
  buildIfStale,
  buildServerIfStale,
  serverProcessEnv,
} from './build-if-stale.mjs';

// A STATIC_DIR elsewhere is someone else's build; only our own dist/ is ours to remake.
const staticDir = resolve(ROOT, process.env.STATIC_DIR || 'dist');
try {
  if (staticDir === join(ROOT, 'dist')) await buildIfStale();
  await buildServerIfStale();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}

const server = spawn(process.execPath, SERVER_ARGS, {
  cwd: ROOT,
  env: serverProcessEnv(),
  stdio: 'inherit',
});

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
