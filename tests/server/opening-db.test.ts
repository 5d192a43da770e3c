import { describe, expect, it } from 'vitest';
import { openingDb } from '../../src/server/database/opening.ts';
import type { Db } from '../../src/server/database/db.ts';
import { freshDb } from './helpers.ts';

describe('a database still opening (the server builds its app meanwhile)', () => {
  it('holds calls until the open ends, then answers them; commit hooks set early still hear', async () => {
    let resolve!: (db: Db) => void;
    const db = openingDb('pglite', new Promise<Db>((r) => (resolve = r)));
    expect(db.poolStats()).toEqual({ total: 0, idle: 0, waiting: 0 });
    const notes: string[] = [];
    db.onCommit((n) => notes.push(n));
    const removed: string[] = [];
    db.onCommit((n) => removed.push(n))();
    const early = db.query<{ n: number }>('SELECT 1 AS n');

    const { db: real, drop } = await freshDb('migrated');
    try {
      resolve(real);
      expect(await early).toEqual([{ n: 1 }]);
      await db.tx(async (tx) => {
        tx.emit({
          type: 'org',
          id: '00000000-0000-7000-8000-000000000001',
          audience: 'public',
          orgId: '00000000-0000-7000-8000-000000000001',
          data: {
            id: '00000000-0000-7000-8000-000000000001',
            parentId: null,
            name: '测试',
            kind: 'district',
          },
        });
      });
      expect(notes).toHaveLength(1);
      expect(removed).toEqual([]);
      expect(db.poolStats()).toEqual(real.poolStats());
    } finally {
      await drop();
    }
  });

  it('passes a failed open on to its calls', async () => {
    const db = openingDb('pglite', Promise.reject(new Error('no such folder')));
    await expect(db.query('SELECT 1')).rejects.toThrow('no such folder');
  });
});
