import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Standing } from '../../shared/org/kinds.ts';

const iso = (d: Date | string) => new Date(d).toISOString();
import { emitServiceGroup } from './service-groups.ts';

export interface NewUser {
  id?: string;
  login: string;
  name: string;
  /** absent: no usable password until the account is activated with a one-time code */
  password?: string;
  roles: string[];
  orgId: string;
  groups?: string[];
  phone?: string | null;
  standing?: Standing | null;
  joinedAt?: string | null;
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

export interface UserRow {
  id: string;
  login: string;
  name: string;
  phone: string | null;
  roles: string[];
  org_id: string;
  groups: string[];
  standing: Standing | null;
  joined_at: string | null;
  disabled: boolean;
  activated: boolean;
  activation_expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The `user` record: to the user and to organizers above their org. */
export async function emitUser(tx: Tx, id: string): Promise<void> {
  const [u] = await tx.query<UserRow>(`SELECT * FROM users WHERE id = $1`, [id]);
  if (!u) return;
  tx.emit({
    type: 'user',
    id,
    audience: 'private',
    orgId: u.org_id,
    ownerId: id,
    data: userData({ ...u, orgId: u.org_id }),
  });
}

/**
 * The `member_admin` record of an account: organizers of its org and above (and admins) only,
 * never the member (no owner). It carries the current one-time activation code in plain text: the
 * server keeps only its hash, so the code is given here when it is made (`code`), and otherwise
 * carried over from the record as last published while the account still waits for activation.
 * `code: null` clears it (used, replaced or the account activated).
 */
export async function emitMemberAdmin(tx: Tx, id: string, code?: string | null): Promise<void> {
  const [u] = await tx.query<UserRow>(
    `SELECT id, login, name, phone, roles, org_id, groups, standing,
            to_char(joined_at, 'YYYY-MM-DD') AS joined_at, disabled, activated,
            activation_expires_at, created_at, updated_at
       FROM users WHERE id = $1`,
    [id],
  );
  if (!u) return;
  let current = code;
  if (current === undefined) {
    const [prev] = await tx.query<{ code: string | null }>(
      `SELECT data->>'activationCode' AS code FROM sync_log WHERE type = 'member_admin' AND id = $1`,
      [id],
    );
    current = prev?.code ?? null;
  }
  tx.emit(memberAdminChange(u, current));
}

/** The `member_admin` change of one account row (also built in bulk by the import). */
export function memberAdminChange(u: UserRow, code: string | null) {
  const waiting = !u.activated && u.activation_expires_at !== null;
  return {
    type: 'member_admin' as const,
    id: u.id,
    audience: 'organizers' as const,
    orgId: u.org_id,
    data: {
      id: u.id,
      userId: u.id,
      orgId: u.org_id,
      login: u.login,
      name: u.name,
      phone: u.phone,
      roles: u.roles,
      groups: u.groups,
      standing: u.standing,
      joinedAt: u.joined_at,
      disabled: u.disabled,
      activated: u.activated,
      activationCode: waiting ? code : null,
      activationExpiresAt: waiting && code ? iso(u.activation_expires_at!) : null,
      createdAt: iso(u.created_at),
      updatedAt: iso(u.updated_at),
    },
  };
}

/**
 * Creates a user and publishes its `user` and `member_admin` records. Without a password the
 * account is not activated: password_hash '' matches no password until the member sets one.
 */
export async function createUser(tx: Tx, u: NewUser): Promise<string> {
  const id = u.id ?? uuidv7();
  const groups = u.groups ?? [];
  await tx.query(
    `INSERT INTO users (id, login, name, phone, password_hash, roles, org_id, groups, standing,
                        joined_at, activated)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      u.login,
      u.name,
      u.phone ?? null,
      u.password === undefined ? '' : await hashPassword(u.password),
      u.roles,
      u.orgId,
      groups,
      u.standing ?? null,
      u.joinedAt ?? null,
      u.password !== undefined,
    ],
  );
  await emitUser(tx, id);
  await emitMemberAdmin(tx, id, null);
  // A new staff account changes who handles its groups.
  if (u.roles.includes('staff')) for (const g of groups) await emitServiceGroup(tx, g);
  return id;
}
