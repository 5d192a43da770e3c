import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** One server process (`src/server/main.ts`) on a shared PostgreSQL, as a replica. */

export interface Replica {
  url: string;
  proc: ChildProcess;
}

async function freePort(): Promise<number> {
  const srv = createServer().listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const port = (srv.address() as { port: number }).port;
  srv.close();
  return port;
}

/** Starts a replica on `databaseUrl` (demo content seeded by whichever starts first). */
export async function startReplica(databaseUrl: string): Promise<Replica> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LIANXIN_SEED: 'demo',
      NODE_ENV: 'test',
      STATIC_DIR: '/nonexistent',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout?.on('data', (d) => (output += d));
  proc.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (proc.exitCode !== null) throw new Error(`replica exited: ${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, proc };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill('SIGKILL');
  throw new Error(`replica did not start: ${output}`);
}

/** SIGTERM and wait for the exit (no-op when it has already stopped). */
export async function stopReplica(r: Replica | undefined): Promise<void> {
  if (r && r.proc.exitCode === null && r.proc.signalCode === null) {
    const exited = once(r.proc, 'exit');
    r.proc.kill('SIGTERM');
    await exited;
  }
}
