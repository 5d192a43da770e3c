import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import SlowFirstSequencer from './tests/support/slow-first-sequencer.ts';

// Two projects: the app (jsdom + fake-indexeddb) and the server (real Fastify app on PGlite,
// or on PostgreSQL when DATABASE_URL is set). A third, e2e, drives Debian Chromium against the
// real built server; `npm test` leaves it out and `npm run test:e2e` runs it alone.
export default defineConfig({
  test: {
    // One worker per core. Vitest's default leaves a core for itself (cores - 1), which on a
    // two-core machine runs every file on one core while the other waits; the server tests
    // spend their time in PGlite's WebAssembly and the app tests in jsdom, both in the workers.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.tsx'],
          setupFiles: ['tests/unit/setup.ts'],
          // Generous: two busy cores can make a first render with typing take seconds.
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          // The app's tests without a screen (sync, database, shared rules): jsdom's set-up cost
          // more than most of them take, and fake-indexeddb needs no DOM.
          name: 'unit-node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
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
          // Each worker runs its files one after another in one process: no new process, no new
          // module graph and no second compile of PGlite's WebAssembly per file. Every file opens
          // its own database and server, and the server keeps no state outside them (one
          // process-wide registry, the notice transports, is keyed by database).
          isolate: false,
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
          // Two spec files at a time, each worker with its own browser and its own server on its own
          // demo database (tests/e2e/support/shared-server.ts): one file at a time left a core idle
          // most of the run, since a browser test mostly waits. E2E_WORKERS=1 runs them in turn.
          maxWorkers: Number(process.env.E2E_WORKERS) || 2,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
