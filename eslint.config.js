// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Import direction (docs/architecture.md): shared <- db/sync <- features <- app; server imports only shared.
 * Enforced here with no-restricted-imports so review never has to.
 */
const layer = (files, patterns) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns }],
  },
});
const banned = (groups, message) => ({ group: groups, message });

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-server/**',
      'bench/floor/dist/**',
      'data/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'dev-dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  layer(
    ['src/shared/**'],
    [
      banned(
        [
          '**/db/**',
          '**/sync/**',
          '**/features/**',
          '**/app/**',
          '**/server/**',
          '**/components/**',
          '**/i18n/**',
        ],
        'shared/ depends on nothing in the app or server.',
      ),
      banned(
        ['react', 'react-dom', 'dexie', 'node:*', 'fastify', 'pg'],
        'shared/ runs in both runtimes: no DOM, no Node, no framework.',
      ),
    ],
  ),
  layer(
    ['src/db/**', 'src/sync/**'],
    [
      banned(
        ['**/features/**', '**/app/**', '**/server/**', '**/components/**'],
        'db/ and sync/ sit below features and app.',
      ),
    ],
  ),
  layer(
    ['src/features/**/*.ts'],
    [banned(['**/app/**', '**/server/**'], 'features/ may not import app/ or server/.')],
  ),
  layer(
    ['src/features/**/*.tsx'],
    [
      banned(['**/app/**', '**/server/**'], 'features/ may not import app/ or server/.'),
      banned(
        ['dexie', '**/db/db', '**/db/db.ts'],
        'Components read data through feature hooks and write through actions, never Dexie directly.',
      ),
    ],
  ),
  layer(
    ['src/components/**'],
    [
      banned(
        ['**/db/**', '**/sync/**', '**/features/**', '**/app/**', '**/server/**', 'dexie'],
        'components/ui is presentational only.',
      ),
    ],
  ),
  layer(
    ['src/server/**'],
    [
      banned(
        [
          '**/db/**',
          '**/sync/**',
          '**/features/**',
          '**/app/**',
          '**/components/**',
          '**/i18n/**',
          'react',
          'react-dom',
          'dexie',
        ],
        'server/ imports only shared/ (server folders are named database/, replication/, ... so these patterns only match the app layers).',
      ),
    ],
  ),
  {
    // Calls to the API go through the client in src/sync (api.ts, http.ts): bearer token, timeout,
    // one error type, and a 401 that ends the session. A bare fetch in a screen skips all four.
    files: ['src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'fetch',
          message:
            'Use the API client in src/sync/api.ts (or publicFetch from src/sync/http.ts for public files).',
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'globalThis',
          property: 'fetch',
          message: 'Use the API client in src/sync/api.ts.',
        },
        { object: 'window', property: 'fetch', message: 'Use the API client in src/sync/api.ts.' },
        { object: 'self', property: 'fetch', message: 'Use the API client in src/sync/api.ts.' },
      ],
    },
  },
  {
    files: ['src/sw.ts'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
);
