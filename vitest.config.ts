import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: the app (jsdom + fake-indexeddb) and the server (real Fastify app on PGlite,
// or on PostgreSQL when DATABASE_URL is set). A third, e2e, drives Debian Chromium against the
// real built server; `npm test` leaves it out and `npm run test:e2e` runs it alone.
export default defineConfig({
  test: {
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
