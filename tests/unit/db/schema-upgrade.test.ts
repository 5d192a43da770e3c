import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, declareVersions, RECORD_TABLES } from '../../../src/db/db.ts';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, STALE_CURSOR } from '../../../src/db/schema.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import type { LoginResponse } from '../../../src/shared/protocol.ts';
import { createSyncEngine } from '../../../src/sync/engine.ts';
import { requestArgs, world } from '../sync/helpers.ts';

interface Fixture {
  login: LoginResponse;
  request: ReturnType<typeof requestArgs>;
}

/**
 * What a phone on each shipped schema version had stored, written with that version's own table
 * layout. A new schema version must add its writer here (the test below insists).
 */
async function writeV1(old: Dexie, { login, request }: Fixture): Promise<void> {
  const clientId = uuidv7();
  await old.table('meta').bulkPut([
    { key: 'session', value: { token: login.token, user: login.user, card: null } },
    { key: 'dataUser', value: login.user.id },
    { key: `clientId:${login.user.id}`, value: clientId },
  ]);
  await old.table('requests').put({
    ...request,
    userId: login.user.id,
    status: 'submitted',
    pending: true,
    createdAt: '2025-03-01T08:00:00Z',
    updatedAt: '2025-03-01T08:00:00Z',
  });
  await old
    .table('base')
    .put({ key: `requests:${request.id}`, table: 'requests', rowId: request.id, row: null });
  await old.table('outbox').add({
    userId: login.user.id,
    clientId,
    seq: 1,
    name: 'request.create',
    args: request,
    at: '2025-03-01T08:00:00Z',
  });
  const lesson = (id: string, scheduledAt: string | null) => ({
    id,
    orgId: login.user.orgId,
    series: 'lunch',
    title: `课 ${id}`,
    tags: [],
    durationMin: 30,
    scheduledAt,
    updatedAt: '2025-03-01T08:00:00.000Z',
  });
  await old
    .table('lessons')
    .bulkPut([lesson('l-planned', '2025-03-02T04:00:00.000Z'), lesson('l-any-time', null)]);
}

const WRITERS: Record<number, (old: Dexie, f: Fixture) => Promise<void>> = {
  1: writeV1,
  // v2 only added the lessons.scheduledAt index: the same rows.
  2: writeV1,
  // v3 only added the organisation tables: the same rows.
  3: writeV1,
  // v4 added the hidden-post and service-group tables: the same rows.
  4: writeV1,
  // v5 added the visit, work-log, visit-settings and draft tables and requests.visitId: the same rows.
  5: writeV1,
  // v6 added the three lists' tables: the same rows.
  6: writeV1,
  // v7 added the checklist tables: the same rows.
  7: writeV1,
  // v8 added the candidate tables: the same rows.
  8: writeV1,
  // v9 added the flowing-member and transfer tables: the same rows.
  9: writeV1,
  // v10 added the inbox tables (notices, read marks, choices per kind): the same rows.
  10: writeV1,
  // v11 added the instructor's discussions and yearly reviews: the same rows.
  11: writeV1,
};

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema upgrades', () => {
  it('has a data writer for every shipped version', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version).every((v) => WRITERS[v])).toBe(true);
    expect(LATEST_SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.at(-1)?.version);
  });

  for (const [i, version] of SCHEMA_VERSIONS.entries()) {
    it(`opens data written at v${version.version} with the latest code, and syncs its queue`, async () => {
      const { server } = world();
      const res = await server.fetch('/api/auth/login', {
        method: 'POST',
        body: JSON.stringify({ login: 'alice', password: 'pw' }),
      });
      const login = (await res.json()) as LoginResponse;
      const request = requestArgs('旧版本里排队的申请');
      const name = `upgrade-${uuidv7()}`;
      names.push(name);

      const old = new Dexie(name);
      declareVersions(old, SCHEMA_VERSIONS.slice(0, i + 1));
      await old.open();
      await WRITERS[version.version]!(old, { login, request });
      old.close();

      const db = createDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
      expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining([...RECORD_TABLES]));
      expect((await db.requests.get(request.id))?.pending).toBe(true);
      // v2: lessons stored before the upgrade are in the scheduledAt index; unscheduled ones are not
      expect(
        (await db.lessons.where('scheduledAt').above('2025-01-01').toArray()).map((l) => l.id),
      ).toEqual(['l-planned']);

      await createSyncEngine({ db, fetch: server.fetch }).sync();
      expect(server.get('request', request.id)).toMatchObject({ title: request.title });
      expect(await db.outbox.count()).toBe(0);
      expect((await db.requests.get(request.id))?.pending).toBeUndefined();
      db.close();
    });
  }

  it('v3: a phone that synced before asks for a reset, so records of the new types arrive', async () => {
    const { server } = world();
    const login = (await (
      await server.fetch('/api/auth/login', {
        method: 'POST',
        body: JSON.stringify({ login: 'alice', password: 'pw' }),
      })
    ).json()) as LoginResponse;
    const name = `upgrade-${uuidv7()}`;
    names.push(name);
    const v2 = SCHEMA_VERSIONS.findIndex((v) => v.version === 2);
    const old = new Dexie(name);
    declareVersions(old, SCHEMA_VERSIONS.slice(0, v2 + 1));
    await old.open();
    await writeV1(old, { login, request: requestArgs() });
    await old.table('meta').put({ key: 'cursor', value: 'a-cursor-from-before' });
    old.close();

    const db = createDb(name);
    await db.open();
    expect((await db.meta.get('cursor'))?.value).toBe(STALE_CURSOR);
    expect(await db.serviceGroups.count()).toBe(0);
    db.close();
  });
});
