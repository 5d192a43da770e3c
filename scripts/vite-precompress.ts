// Brotli and gzip copies of every text file of the build, made once at build time so the server
// can send them by Accept-Encoding without compressing per request (src/server/app.ts).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Logger, Plugin } from 'vite';

/** Files that are text, and so shrink; images and fonts are compressed formats already. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|webmanifest|xml|txt)$/;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Writes `<file>.br` (quality 11) and `<file>.gz` (level 9) beside each text file in `dir`. */
export async function precompressDir(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter((f) => COMPRESSIBLE.test(f));
  await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      // Maximum quality costs seconds once per build and saves bytes on every first visit.
      const [br, gzipped] = await Promise.all([
        brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
        gz(bytes, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      // Written even when a tiny file does not shrink (a few bytes either way): every text file
      // then has both copies, and the server never has to fall back for one of them.
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
    }),
  );
  return files.length;
}

/**
 * Compresses the whole output folder after everything else has written to it: the PWA plugin
 * builds the service worker (with its precache manifest injected) in its own closeBundle hook,
 * so this one runs last ('post', sequential), and the copies are made after the precache list
 * was taken (its globs name .js, .css, … files, never the .br/.gz copies).
 */
export function precompress(): Plugin {
  let outDir = '';
  let logger: Logger | undefined;
  return {
    name: 'lianxin:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const started = Date.now();
        const count = await precompressDir(outDir);
        logger?.info(`${count} text files compressed (.br, .gz) in ${Date.now() - started} ms`);
      },
    },
  };
}
