import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../database/db.ts';

export const TOKEN_DAYS = 30;

/** Opaque 256-bit tokens; only their SHA-256 is stored, so a leaked table yields no usable token. */
export function newToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export async function createSession(q: Queryable, userId: string): Promise<string> {
  const { token, hash } = newToken();
  await q.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`,
    [hash, userId, TOKEN_DAYS],
  );
  return token;
}

export interface SessionRow {
  user_id: string;
  login: string;
  name: string;
  roles: string[];
  org_id: string;
  groups: string[];
  path: string[];
  view_epoch: number;
  expires_at: Date;
}

/** Looks a token up and slides its expiry (written at most once a day per token). */
export async function lookupSession(q: Queryable, token: string): Promise<SessionRow | null> {
  const hash = hashToken(token);
  const rows = await q.query<SessionRow & { renew: boolean }>(
    `SELECT u.id AS user_id, u.login, u.name, u.roles, u.org_id, u.groups, o.path, u.view_epoch,
            s.expires_at,
            s.expires_at < now() + make_interval(days => $2 - 1) AS renew
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN orgs o ON o.id = u.org_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled`,
    [hash, TOKEN_DAYS],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.renew) {
    await q.query(
      `UPDATE sessions SET expires_at = now() + make_interval(days => $2) WHERE token_hash = $1`,
      [hash, TOKEN_DAYS],
    );
  }
  return row;
}

export async function revokeSession(q: Queryable, token: string): Promise<void> {
  await q.query(
    `UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`,
    [hashToken(token)],
  );
}
