import { describe, expect, it } from 'vitest';
import { turnTaking } from '../../src/server/database/db.ts';

// PGlite's admission (src/server/database/db.ts, turnTaking): first come first served, one at a
// time, and the event loop gets a turn between any two, so a queue of database work never holds
// the loop (bench/README.md, "Server load on PGlite").
describe('PGlite turn-taking', () => {
  it('runs one at a time, in the order asked', async () => {
    const turns = turnTaking();
    const log: string[] = [];
    let inside = 0;
    let most = 0;
    const job = (name: string) =>
      turns.run(async () => {
        most = Math.max(most, ++inside);
        log.push(`${name} start`);
        await Promise.resolve();
        await new Promise((r) => setTimeout(r, 1));
        log.push(`${name} end`);
        inside--;
        return name;
      });
    const results = await Promise.all(['a', 'b', 'c', 'd'].map(job));
    expect(results).toEqual(['a', 'b', 'c', 'd']);
    expect(most).toBe(1);
    expect(log).toEqual(['a', 'b', 'c', 'd'].flatMap((n) => [`${n} start`, `${n} end`]));
  });

  it('lets the event loop turn between two pieces of work that never leave it', async () => {
    const turns = turnTaking();
    const log: string[] = [];
    // Work that resolves within microtasks, as PGlite's synchronous WebAssembly does.
    const job = (name: string) =>
      turns.run(async () => {
        log.push(name);
        await Promise.resolve();
        if (name === 'a') setImmediate(() => log.push('io after a'));
      });
    await Promise.all([job('a'), job('b'), job('c')]);
    expect(log).toEqual(['a', 'io after a', 'b', 'c']);
  });

  it('a failure frees the connection for the next', async () => {
    const turns = turnTaking();
    const failing = turns.run(async () => {
      throw new Error('boom');
    });
    const next = turns.run(async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
    expect(turns.busy).toBe(false);
    expect(turns.waiting).toBe(0);
  });
});
