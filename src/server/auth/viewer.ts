import type { FastifyRequest } from 'fastify';
import type { Db } from '../database/db.ts';
import { unauthenticated } from '../http/errors.ts';
import { lookupSession } from './sessions.ts';
import { hasMemberRole } from '../../shared/roles.ts';

/** Who is asking: everything authorisation and pull visibility (docs/sync-protocol.md pull rule 2) need. */
export interface Viewer {
  id: string;
  login: string;
  name: string;
  roles: string[];
  orgId: string;
  groups: string[];
  /** the viewer's org and its ancestors, root first */
  orgPath: string[];
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
  return {
    id: row.user_id,
    login: row.login,
    name: row.name,
    roles: row.roles,
    orgId: row.org_id,
    groups: row.groups,
    orgPath: row.path,
    managedOrgs: managed,
    viewEpoch: row.view_epoch ?? 0,
    token,
    expiresAt: new Date(row.expires_at).getTime(),
  };
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
