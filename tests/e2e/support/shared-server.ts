import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the e2e servers, one per worker (tests/e2e/support/global-setup.ts) */
    e2eServers: { url: string; log: string }[];
  }
}

/**
 * The server this spec file shares with the others of its worker: its URL (e.g.
 * http://127.0.0.1:41234) and its output file, for telling which requests reached it. Each e2e
 * worker has its own server on its own demo database, so specs running side by side never see each
 * other's changes; within a worker, specs run one after another as before.
 */
export function sharedServer(): { url: string; log: string } {
  const servers = inject('e2eServers');
  const worker = Math.max(1, Number(process.env.VITEST_POOL_ID) || 1);
  return servers[(worker - 1) % servers.length]!;
}
