import type { TestProject } from 'vitest/node';
import { buildIfStale, buildServerIfStale } from '../../../scripts/build-if-stale.mjs';
import { startServerProcess } from './server-process.ts';
import './shared-server.ts';

/**
 * Once per e2e run: current builds of the app and the server, then one server per worker, each on
 * its own fresh demo database (see shared-server.ts). They start side by side.
 */
export default async function setup(project: TestProject) {
  await buildIfStale({ log: (line) => console.log(`[e2e] ${line}`) });
  await buildServerIfStale({ log: (line) => console.log(`[e2e] ${line}`) });
  const workers = Math.max(1, Number(project.config.maxWorkers) || 1);
  const servers = await Promise.all(Array.from({ length: workers }, () => startServerProcess()));
  for (const server of servers)
    console.log(`[e2e] server on ${server.url} (log: ${server.logFile})`);
  project.provide(
    'e2eServers',
    servers.map((s) => ({ url: s.url, log: s.logFile })),
  );
  return async () => {
    await Promise.all(servers.map((s) => s.stop()));
  };
}
