import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: the app (jsdom + fake-indexeddb) and the server (real Fastify app on PGlite,
// or on PostgreSQL when DATABASE_URL is set).
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
    ],
  },
});
