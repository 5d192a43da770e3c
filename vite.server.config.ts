import { defineConfig } from 'vite';

// The production server as plain JavaScript: `npm start` runs `node dist-server/main.js`, so no
// TypeScript loader is on the request path or in the start-up time (docs/deploy.md). The packages
// are bundled into the same file (one module to read and compile instead of some hundreds to find
// in node_modules: a third of a second less to start, bench/README.md "Server start"), except two
// loaded from node_modules: PGlite, which reads its WebAssembly and data files beside its own
// code, and node-postgres, loaded only when DATABASE_URL is set (its optional native binding is
// not for a bundle). The source map keeps the mappings for stack traces but not the sources (Node
// parses it whole at start: the packages' sources in it cost 9 MB of heap). Files the server reads
// beside its code (migrations, the demo's media) are copied next to the bundle by
// scripts/build-server.mjs.
export default defineConfig({
  publicDir: false,
  ssr: { noExternal: true, external: ['@electric-sql/pglite', 'pg'] },
  build: {
    ssr: 'src/server/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    rollupOptions: {
      output: { entryFileNames: 'main.js', format: 'es', sourcemapExcludeSources: true },
    },
  },
});
