import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/database/db.ts';
import { freshDb } from './helpers.ts';
import { CLIENT_MARKER } from '../../src/server/database/change-log.ts';
import { parseChangeNote } from '../../src/server/database/change-note.ts';
import { uuidv7 } from '../../src/shared/ids.ts';

// The flush draws one block of versions per commit (pull rule 3); what pull relies on is that
// every record gets its own version, in the order it was last touched, above every older one.
describe('change log flush', () => {
  let db: Db;
  let drop: () => Promise<void>;
  const notes: string[] = [];
  beforeAll(async () => {
    ({ db, drop } = await freshDb('migrated'));
    db.onCommit((n) => notes.push(n));
  });
  afterAll(() => drop());

  const org = (id: string, name: string) =>
    ({
      type: 'org',
      id,
      audience: 'public',
      orgId: id,
      data: { id, parentId: null, name, kind: 'district' },
    }) as const;
  const versions = async (ids: string[]) =>
    new Map(
      (
        await db.query<{ id: string; version: number; deleted: boolean }>(
          `SELECT id, version, deleted FROM sync_log WHERE id = ANY($1::uuid[])`,
          [ids],
        )
      ).map((r) => [r.id, r]),
    );

  it('puts, tombstones and client markers of one commit get consecutive versions in order', async () => {
    const [a, b, c, gone, client] = [1, 2, 3, 4, 5].map(() => uuidv7());
    await db.tx(async (tx) => {
      tx.emit(org(gone!, 'old'));
    });
    const [{ max: before } = { max: 0 }] = await db.query<{ max: number }>(
      `SELECT max(version)::int AS max FROM sync_log`,
    );
    await db.tx(async (tx) => {
      tx.emit(org(a!, 'a'));
      tx.emit(org(b!, 'b'));
      tx.emit({ type: 'org', id: gone!, deleted: true });
      // never published: its tombstone takes no version
      tx.emit({ type: 'org', id: uuidv7(), deleted: true });
      tx.emit({ type: CLIENT_MARKER, id: client!, marker: true, userId: a! });
      tx.emit(org(c!, 'c'));
      // touched again: once, in its latest state, after c
      tx.emit(org(a!, 'a2'));
    });
    const v = await versions([a!, b!, c!, gone!, client!]);
    expect(v.get(b!)!.version).toBeGreaterThan(before);
    expect(v.get(c!)!.version).toBe(v.get(b!)!.version + 1);
    expect(v.get(a!)!.version).toBe(v.get(c!)!.version + 1);
    expect(v.get(gone!)).toMatchObject({ deleted: true, version: v.get(a!)!.version + 1 });
    expect(v.get(client!)!.version).toBe(v.get(gone!)!.version + 2);
    const [{ data } = { data: null }] = await db.query<{ data: { name: string } }>(
      `SELECT data FROM sync_log WHERE id = $1`,
      [a],
    );
    expect(data?.name).toBe('a2');
    expect(parseChangeNote(notes.at(-1)).v).toBe(v.get(client!)!.version);
    // The next commit continues above the block.
    const d = uuidv7();
    await db.tx(async (tx) => tx.emit(org(d, 'd')));
    expect((await versions([d])).get(d)!.version).toBe(v.get(client!)!.version + 1);
  });

  it('text with quotes, backslashes and non-BMP characters survives the bulk path', async () => {
    const id = uuidv7();
    const name = 'a "quoted" \\ back\\slash, {brace} 𠀀 党支部';
    await db.tx(async (tx) => tx.emit(org(id, name)));
    const [row] = await db.query<{ data: { name: string } }>(
      `SELECT data FROM sync_log WHERE id = $1`,
      [id],
    );
    expect(row!.data.name).toBe(name);
  });

  it('a commit whose only change is the tombstone of an unknown record writes no version', async () => {
    const count = notes.length;
    await db.tx(async (tx) => tx.emit({ type: 'org', id: uuidv7(), deleted: true }));
    expect(notes.length).toBe(count);
  });
});
