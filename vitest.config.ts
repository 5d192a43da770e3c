import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: the app (jsdom + fake-indexeddb) and the server (real Fastify app on PGlite,
// or on PostgreSQL when DATABASE_URL is set). A third, e2e, drives Debian Chromium against the
// real built server; `npm test` leaves it out and `npm run test:e2e` runs it alone.
export default defineConfig({
  test: {
    // One worker per core. Vitest's default leaves a core for itself (cores - 1), which on a
    // two-core machine runs every file on one core while the other waits; the server tests
    // spend their time in PGlite's WebAssembly and the app tests in jsdom, both in the workers.
    maxWorkers: availableParallelism(),
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          // Generous: two busy cores can make a first render with typing take seconds.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          // Seeds the demo once per run; every file starts from a copy (see tests/server/helpers.ts).
          globalSetup: ['tests/server/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.spec.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // One server and one browser at a time: specs share the server, and two cores are few.
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
