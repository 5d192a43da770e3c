import type { FastifyRequest } from 'fastify';
import type { Db } from '../database/db.ts';
import { unauthenticated } from '../http/errors.ts';
import { lookupSession } from './sessions.ts';
import { hasMemberRole } from '../../shared/roles.ts';
import { CST_OFFSET_MS } from '../../shared/china-time.ts';

/** Who is asking: everything authorisation and pull visibility (docs/sync-protocol.md pull rule 2) need. */
export interface Viewer {
  id: string;
  login: string;
  name: string;
  roles: string[];
  orgId: string;
  groups: string[];
  /**
   * the orgs whose published records the viewer sees: their org and its ancestors, root first,
   * then, for a confirmed flowing member (流动党员), each host branch and its ancestors
   * (docs/organisation.md, "Flowing members"). Part of the pull cursor's visibility hash, so a
   * confirmation or its end answers `reset` (docs/sync-protocol.md pull rule 5).
   */
  orgPath: string[];
  /** host branches of the viewer's confirmed, current flowing registrations */
  hostOrgs: string[];
  /** orgs an organizer or admin manages: their org and everything below it; empty for others */
  managedOrgs: string[];
  /** bumped when a move in the tree changes what this user sees (src/server/accounts/sight.ts) */
  viewEpoch: number;
  token: string;
  /** when the session ends unless renewed (ms since the epoch); kept by the token cache */
  expiresAt?: number;
}

export const isOrganizer = (v: Viewer) =>
  v.roles.includes('organizer') || v.roles.includes('admin');
export const isAdmin = (v: Viewer) => v.roles.includes('admin');
export const isStaff = (v: Viewer) => v.roles.includes('staff');
/** docs/sync-protocol.md's "member" in the mutation table: the role, not merely someone who can see the record. */
export const isMember = (v: Pick<Viewer, 'roles'>) => hasMemberRole(v.roles);

export function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(h);
  return m?.[1] ?? null;
}

export async function loadViewer(db: Db, token: string): Promise<Viewer | null> {
  const row = await lookupSession(db, token);
  if (!row) return null;
  const managed =
    row.roles.includes('organizer') || row.roles.includes('admin')
      ? (
          await db.query<{ id: string }>(`SELECT id FROM orgs WHERE $1 = ANY(path)`, [row.org_id])
        ).map((r) => r.id)
      : [];
  const hosts = await flowingHosts(db, row.user_id);
  const orgPath = [...row.path];
  for (const h of hosts) for (const o of h.path) if (!orgPath.includes(o)) orgPath.push(o);
  return {
    id: row.user_id,
    login: row.login,
    name: row.name,
    roles: row.roles,
    orgId: row.org_id,
    groups: row.groups,
    orgPath,
    hostOrgs: hosts.map((h) => h.id),
    managedOrgs: managed,
    viewEpoch: row.view_epoch ?? 0,
    token,
    expiresAt: new Date(row.expires_at).getTime(),
  };
}

/** Today's date in China, the calendar a flowing registration's since/until are written in. */
export const chinaToday = (now = Date.now()) =>
  new Date(now + CST_OFFSET_MS).toISOString().slice(0, 10);

/** Branches where the user is a confirmed flowing member today, with their paths. */
async function flowingHosts(db: Db, userId: string): Promise<{ id: string; path: string[] }[]> {
  return db.query<{ id: string; path: string[] }>(
    `SELECT o.id, o.path FROM flowing_members f JOIN orgs o ON o.id = f.host_org_id
      WHERE f.user_id = $1 AND f.status = 'confirmed' AND f.since <= $2::date
        AND (f.until IS NULL OR f.until >= $2::date)
      ORDER BY f.created_at`,
    [userId, chinaToday()],
  );
}

/** preHandler: 401 unless a valid bearer token is sent; sets request.viewer. */
export function requireViewer(db: Db) {
  return async (req: FastifyRequest) => {
    const token = bearer(req);
    const viewer = token ? await loadViewer(db, token) : null;
    if (!viewer) throw unauthenticated();
    req.viewer = viewer;
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer;
  }
}
