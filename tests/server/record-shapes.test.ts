import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { auth, startServer, type TestServer } from './helpers.ts';
import { makeWorld, type Actor, type World } from './authz-world.ts';
import { MUTATION_ROWS } from './authz-matrix-data.ts';
import { registry } from '../../src/server/mutations/index.ts';
import { runAdminCommand } from '../../src/server/admin/commands.ts';
import { RECORD_TYPES, type RecordType } from '../../src/shared/protocol.ts';
import { recordSchemas } from '../../src/shared/record-schemas.ts';
import { uuidv7 } from '../../src/shared/ids.ts';

/**
 * Every record the server puts in the change log fits the schema of its type (the same schemas the
 * app checks pulled records with): after the demo seed, the bulk generator, and one applied push of
 * every mutation in the authorisation matrix, each live row of sync_log is parsed.
 */
describe('record shapes in the change log', () => {
  let s: TestServer;
  let w: World;

  beforeAll(async () => {
    s = await startServer();
    w = await makeWorld(s);
    await runAdminCommand(s.db, 'generate', { records: '30', for: 'member' }, []);
  });
  afterAll(() => s?.close());

  it('after every mutation, each row of sync_log parses with its record schema', async () => {
    const applied = new Set<string>();
    for (const row of MUTATION_ROWS) {
      const actor = (Object.keys(row.expect) as Actor[]).find((a) => row.expect[a] === 'applied');
      if (!actor || applied.has(`${row.name} ${row.target}`)) continue;
      const args = await row.args(w, actor);
      const res = await s.app.inject({
        method: 'POST',
        url: '/api/sync/push',
        headers: auth(w.token(actor)!),
        payload: {
          clientId: uuidv7(),
          schemaVersion: 1,
          mutations: [{ seq: 1, name: row.name, args }],
        },
      });
      expect(res.json().results[0], `${row.name} (${row.target})`).toEqual({
        seq: 1,
        status: 'applied',
      });
      applied.add(`${row.name} ${row.target}`);
    }
    const names = new Set([...applied].map((k) => k.split(' ')[0]));
    expect(Object.keys(registry).filter((n) => !names.has(n))).toEqual([]);

    const rows = await s.db.query<{ type: string; id: string; data: unknown }>(
      'SELECT type, id, data FROM sync_log WHERE NOT deleted ORDER BY version',
    );
    const misfits: string[] = [];
    const seen = new Set<string>();
    for (const r of rows) {
      seen.add(r.type);
      const schema = recordSchemas[r.type as RecordType];
      if (!schema) {
        misfits.push(`${r.type} ${r.id}: no schema for this type`);
        continue;
      }
      const parsed = z.safeParse(schema, r.data);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        misfits.push(`${r.type} ${r.id}: ${issues.join('; ')}`);
      }
      if ((r.data as { id?: unknown }).id !== r.id)
        misfits.push(`${r.type} ${r.id}: data.id differs`);
    }
    expect(misfits).toEqual([]);
    // Every type the protocol knows was written at least once, so each schema was exercised.
    expect(RECORD_TYPES.filter((t) => !seen.has(t))).toEqual([]);
  });
});
