import type { TestServer } from './helpers.ts';
import { push } from './sync-helpers.ts';
import { uuidv7 } from '../../src/shared/ids.ts';

export interface EventInfo {
  id: string;
  secret: string;
  org_id: string;
  starts_at: Date;
  ends_at: Date;
  title: string;
}

/** The seeded party days: branch A's past one, the one in progress, the next one; branch B's. */
export async function seededEvents(s: TestServer) {
  const rows = await s.db.query<EventInfo>(
    'SELECT id, secret, org_id, starts_at, ends_at, title FROM events ORDER BY starts_at',
  );
  const now = Date.now();
  const a = rows.filter((r) => r.org_id === s.ids.branchA);
  return {
    past: a.filter((r) => r.ends_at.getTime() < now).at(-1)!,
    live: a.find((r) => r.starts_at.getTime() < now && r.ends_at.getTime() > now)!,
    next: a.find((r) => r.starts_at.getTime() > now)!,
    branchB: rows.find((r) => r.org_id === s.ids.branchB)!,
  };
}

/** Pushes one mutation under a fresh clientId and returns its result. */
export async function pushOne(s: TestServer, token: string, name: string, args: unknown) {
  const r = await push(s, token, uuidv7(), [{ seq: 1, name, args }]);
  if (r.status !== 200)
    throw new Error(`push ${name} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.results[0]!;
}

export async function countRows(s: TestServer, table: string, where: string, params: unknown[]) {
  const [row] = await s.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
    params,
  );
  return row!.n;
}
