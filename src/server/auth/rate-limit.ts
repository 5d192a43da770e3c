import type { Queryable } from '../database/db.ts';

/**
 * Failed-login counters in PostgreSQL (table rate_limits), so every replica counts the same
 * attempts. Fixed windows of WINDOW_MINUTES; a key over its limit is refused until the window ends.
 */
export const WINDOW_MINUTES = 15;

export interface LoginLimits {
  perLogin: number;
  perAddress: number;
}

export const DEFAULT_LIMITS: LoginLimits = { perLogin: 10, perAddress: 50 };

function windowStart(): string {
  const ms = WINDOW_MINUTES * 60_000;
  return new Date(Math.floor(Date.now() / ms) * ms).toISOString();
}

export async function isLimited(q: Queryable, keys: [string, number][]): Promise<boolean> {
  const rows = await q.query<{ key: string; hits: number }>(
    `SELECT key, hits FROM rate_limits WHERE window_start = $1 AND key = ANY($2::text[])`,
    [windowStart(), keys.map(([k]) => k)],
  );
  return rows.some((r) => r.hits >= (keys.find(([k]) => k === r.key)?.[1] ?? Infinity));
}

export async function recordFailure(q: Queryable, keys: string[]): Promise<void> {
  await q.query(
    `INSERT INTO rate_limits (key, window_start, hits) SELECT k, $1, 1 FROM unnest($2::text[]) AS k
     ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limits.hits + 1`,
    [windowStart(), keys],
  );
  // Old windows are useless: drop them now and then rather than by a timer in one process.
  if (Math.random() < 0.01) {
    await q.query(`DELETE FROM rate_limits WHERE window_start < now() - interval '1 day'`);
  }
}

/**
 * The counters a sign-in attempt is held to (per login name and per address), shared by login and
 * activation so that guessing a code costs the same attempts as guessing a password.
 */
export const signInKeys = (limits: LoginLimits, login: string, ip: string): [string, number][] => [
  [`login:${login}`, limits.perLogin],
  [`addr:${ip}`, limits.perAddress],
];
