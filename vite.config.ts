import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from './scripts/vite-precompress.ts';

const THEME = '#c8102e';

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(
          new URL('./src/app/use-sync-external-store-shim.ts', import.meta.url),
        ),
      },
    ],
  },
  plugins: [
    react(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      devOptions: { enabled: false },
      // globPatterns below already precaches public/icons; listing them twice would duplicate entries.
      includeManifestIcons: false,
      injectManifest: {
        // The plugin adds the web manifest itself; icons and favicons come from public/.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
      },
      manifest: {
        name: '连心',
        short_name: '连心',
        description: '微党课、主题党日、党群服务：为园区和楼宇里的党员做的离线可用应用',
        lang: 'zh-CN',
        dir: 'ltr',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        theme_color: THEME,
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
    // Last: after the service worker is built, so it and its precache list are compressed too.
    precompress(),
  ],
  // The sync worker (src/sync/sync-worker.ts) is a module worker, as every browser the app
  // supports can start; its chunks are precached with the rest (globPatterns above).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Every browser the app supports (es2022 modules) knows modulepreload; the polyfill is 0.5 KB.
    // index.html preloads the first screen. A lazy screen's shared chunks are not preloaded: the
    // helper appends a <link rel=modulepreload> per chunk inside React's render, about 35 ms of
    // main thread for the lesson list's twenty (bench/README.md). After the first visit the service
    // worker serves every chunk from its cache, so the browser finding them from the imports
    // costs next to nothing; on a first visit it is one more round trip for a lazy screen.
    // A lazy screen's stylesheets still load through the helper.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
    },
    rolldownOptions: {
      output: {
        // Libraries every screen needs get stable chunks that survive app releases in the cache;
        // only modules on the initial path are grouped, so lazy libraries stay in their routes.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              tags: ['$initial'],
              priority: 3,
            },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next)[\\/]/,
              tags: ['$initial'],
              priority: 2,
            },
            {
              name: 'data',
              test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/,
              tags: ['$initial'],
              priority: 1,
            },
            {
              // The app's own first-screen modules in one chunk, not a dozen tiny shared ones.
              name: 'app',
              test: (id: string) =>
                /[\\/]src[\\/]|vite[\\/]preload-helper/.test(id) && !id.endsWith('main.tsx'),
              tags: ['$initial'],
              priority: 0,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
    },
  },
});
