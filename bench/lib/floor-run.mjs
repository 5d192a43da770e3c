// PGlite alone on a copy of a server's PGlite folder (bench/lib/pglite-floor.mjs in a process of
// its own): the floor under the server's memory, for bench:server-start and bench:server-load.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { rootDir } from './results.mjs';
import { serverProcessEnv } from '../../scripts/build-if-stale.mjs';

/** The server's own setting (src/server/database/pglite-settings.ts, PGLITE_SHARED_BUFFERS). */
export const SERVER_SHARED_BUFFERS = '32MB';

/**
 * Resident memory (MiB) of PGlite alone opened on a copy of `pgliteDir`, with `sharedBuffers`
 * (PGlite's defaults when null), in the environment the server runs in (serverProcessEnv: the
 * same malloc settings, so the difference is the server's own).
 */
export async function pgliteFloor(pgliteDir, sharedBuffers = SERVER_SHARED_BUFFERS) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lianxin-floor-'));
  const copy = path.join(dir, 'pglite');
  try {
    cpSync(pgliteDir, copy, { recursive: true });
    const args = ['bench/lib/pglite-floor.mjs', copy, ...(sharedBuffers ? [sharedBuffers] : [])];
    const { stdout } = await promisify(execFile)(process.execPath, args, {
      cwd: rootDir,
      timeout: 300_000,
      env: serverProcessEnv(),
    });
    return JSON.parse(stdout.trim().split('\n').pop()).rssMiB;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
