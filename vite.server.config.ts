import { defineConfig } from 'vite';

// The production server as plain JavaScript: `npm start` runs `node dist-server/main.js`, so no
// TypeScript loader is on the request path or in the start-up time (docs/deploy.md). Packages stay
// external (Vite's SSR default) and load from node_modules as they would under tsx; only our own
// modules are bundled into one file. Files the server reads beside its code (migrations, the demo's
// media) are copied next to the bundle by scripts/build-server.mjs.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    rollupOptions: { output: { entryFileNames: 'main.js', format: 'es' } },
  },
});
