import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { hashPassword } from '../auth/passwords.ts';
import { emitServiceGroup } from './service-groups.ts';

export interface NewUser {
  id?: string;
  login: string;
  name: string;
  password: string;
  roles: string[];
  orgId: string;
  groups?: string[];
  phone?: string | null;
}

export function userData(u: {
  id: string;
  name: string;
  login: string;
  roles: string[];
  orgId: string;
  groups: string[];
}) {
  return {
    id: u.id,
    userId: u.id,
    name: u.name,
    login: u.login,
    roles: u.roles,
    orgId: u.orgId,
    groups: u.groups,
  };
}

/** Creates a user; the `user` record goes to the user and to organizers above their org. */
export async function createUser(tx: Tx, u: NewUser): Promise<string> {
  const id = u.id ?? uuidv7();
  const groups = u.groups ?? [];
  await tx.query(
    `INSERT INTO users (id, login, name, phone, password_hash, roles, org_id, groups)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      u.login,
      u.name,
      u.phone ?? null,
      await hashPassword(u.password),
      u.roles,
      u.orgId,
      groups,
    ],
  );
  tx.emit({
    type: 'user',
    id,
    audience: 'private',
    orgId: u.orgId,
    ownerId: id,
    data: userData({ id, name: u.name, login: u.login, roles: u.roles, orgId: u.orgId, groups }),
  });
  // A new staff account changes who handles its groups.
  if (u.roles.includes('staff')) for (const g of groups) await emitServiceGroup(tx, g);
  return id;
}
