import type { TestProject } from 'vitest/node';
import { buildIfStale, buildServerIfStale } from '../../../scripts/build-if-stale.mjs';
import { startServerProcess } from './server-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the shared server, e.g. http://127.0.0.1:41234 */
    baseURL: string;
    /** its output, for telling which requests reached it */
    serverLog: string;
  }
}

/** Once per e2e run: current builds of the app and the server, and the server on a fresh demo database. */
export default async function setup(project: TestProject) {
  await buildIfStale({ log: (line) => console.log(`[e2e] ${line}`) });
  await buildServerIfStale({ log: (line) => console.log(`[e2e] ${line}`) });
  const server = await startServerProcess();
  console.log(`[e2e] server on ${server.url} (log: ${server.logFile})`);
  project.provide('baseURL', server.url);
  project.provide('serverLog', server.logFile);
  return async () => {
    await server.stop();
  };
}
