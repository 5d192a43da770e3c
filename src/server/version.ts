import { existsSync, readFileSync } from 'node:fs';

/**
 * The version in the project's package.json. The server runs from src/server (tests, `npm run
 * dev`) and from the bundle in dist-server (`npm start`), so the file is found by walking up
 * from this module rather than at a fixed distance.
 */
export function packageVersion(from: string | URL = import.meta.url): string {
  let dir = new URL('.', from);
  for (let depth = 0; depth < 6; depth += 1) {
    const file = new URL('package.json', dir);
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'lianxin' && pkg.version) return pkg.version;
    }
    dir = new URL('..', dir);
  }
  return '0.0.0';
}
