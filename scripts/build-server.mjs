// `npm run build:server`: the server as one JavaScript bundle in dist-server/ (see
// vite.server.config.ts), with its migrations and demo media beside it. `npm run build` runs it
// after the app's build; `npm start` runs it only when the bundle is missing or stale.
import { buildServer } from './build-if-stale.mjs';

try {
  await buildServer();
  console.log('dist-server/main.js built');
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
