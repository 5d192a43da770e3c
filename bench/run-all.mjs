// npm run bench — every `bench:<name>` script in package.json, one after the other (each is bounded
// in time and records its own results). Prints a summary; exits non-zero if any of them failed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rootDir } from './lib/results.mjs';

const pkg = JSON.parse(readFileSync(path.join(rootDir, 'package.json'), 'utf8'));
const only = process.argv.slice(2);
const names = Object.keys(pkg.scripts)
  .filter((s) => s.startsWith('bench:'))
  .map((s) => s.slice('bench:'.length))
  .filter((n) => only.length === 0 || only.includes(n));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const summary = [];
for (const name of names) {
  console.log(`\n=== bench:${name}`);
  const started = Date.now();
  const run = spawnSync(npm, ['run', '--silent', `bench:${name}`], {
    cwd: rootDir,
    stdio: 'inherit',
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  summary.push({ name, ok: run.status === 0, seconds });
}
console.log('\n=== summary');
for (const s of summary)
  console.log(`${s.ok ? 'ok    ' : 'FAILED'} bench:${s.name} (${s.seconds} s)`);
console.log('Figures: bench/RESULTS.md');
if (summary.some((s) => !s.ok)) process.exitCode = 1;
