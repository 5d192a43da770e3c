import { createHash, randomInt } from 'node:crypto';
import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import type { ServiceGroup } from '../../shared/groups.ts';
import type { Standing } from '../../shared/org/kinds.ts';
import { memberAdminChange, userData, type UserRow } from '../accounts/users.ts';
import { DAY, cstDate } from './dates.ts';
import { seededRandom } from './random.ts';

export interface DemoPerson {
  login: string;
  name: string;
  phone: string;
  roles: string[];
  orgId: string;
  groups?: ServiceGroup[];
  standing: Standing | null;
  joinedAt: string | null;
  /** false: imported, not signed in yet; the account waits for its one-time activation code */
  activated: boolean;
}

/** The activation codes' alphabet: no 0/O, 1/I/L, so a code read out over the phone survives. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 10;
const CODE_DAYS = 14;

const activationCode = () =>
  Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(
    '',
  );

/**
 * Inserts the demo's many ordinary accounts in one go. They share one password hash (computed once
 * by the caller: hashing a hundred passwords one by one would make every seeding seconds slower);
 * an account not yet activated has no usable password and a current activation code instead,
 * returned here in plain text for its `member_admin` record (only its hash is stored).
 */
export async function insertPeople(
  tx: Tx,
  people: DemoPerson[],
  passwordHash: string,
  now: Date,
): Promise<{ ids: string[]; codes: Map<string, string> }> {
  const codes = new Map<string, string>();
  const ids = people.map(() => uuidv7());
  const hashes = people.map((p, i) => {
    if (p.activated) return null;
    const code = activationCode();
    codes.set(ids[i]!, code);
    return createHash('sha256').update(code).digest('hex');
  });
  const expires = new Date(now.getTime() + CODE_DAYS * DAY);
  // One statement for all: arrays of columns, unnested row by row (roles and groups as JSON text,
  // since unnest would flatten arrays of arrays).
  await tx.query(
    `INSERT INTO users (id, login, name, phone, password_hash, roles, org_id, groups, standing,
                        joined_at, activated, activation_hash, activation_expires_at)
     SELECT t.id, t.login, t.name, t.phone, CASE WHEN t.hash IS NULL THEN $11 ELSE '' END,
            ARRAY(SELECT jsonb_array_elements_text(t.roles::jsonb)), t.org_id,
            ARRAY(SELECT jsonb_array_elements_text(t.groups::jsonb)), t.standing, t.joined_at::date,
            t.hash IS NULL, decode(t.hash, 'hex'),
            CASE WHEN t.hash IS NULL THEN NULL ELSE $12::timestamptz END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[],
                   $7::text[], $8::text[], $9::text[], $10::text[])
            AS t(id, login, name, phone, roles, org_id, groups, standing, joined_at, hash)`,
    [
      ids,
      people.map((p) => p.login),
      people.map((p) => p.name),
      people.map((p) => p.phone),
      people.map((p) => JSON.stringify(p.roles)),
      people.map((p) => p.orgId),
      people.map((p) => JSON.stringify(p.groups ?? [])),
      people.map((p) => p.standing),
      people.map((p) => p.joinedAt),
      hashes,
      passwordHash,
      expires,
    ],
  );
  for (const [i, p] of people.entries()) {
    const id = ids[i]!;
    tx.emit({
      type: 'user',
      id,
      audience: 'private',
      orgId: p.orgId,
      ownerId: id,
      data: userData({ id, ...p, groups: p.groups ?? [] }),
    });
  }
  return { ids, codes };
}

/** A member's party-joining date: years back for a full member, within the year for a probationer. */
export function joinedDates(now: Date, seed: number) {
  const r = seededRandom(seed);
  return (standing: Standing) =>
    cstDate(
      new Date(now.getTime() - (standing === 'full' ? r.int(400, 22 * 365) : r.int(20, 330)) * DAY),
    );
}

/**
 * One `member_admin` record per account, for the organizers at and above its org and for admins
 * (docs/sync-protocol.md, "Record shapes in pull"); the code is the one just issued, if any.
 */
export async function emitMemberAdmins(tx: Tx, codes: Map<string, string>): Promise<void> {
  const rows = await tx.query<UserRow>(
    `SELECT id, org_id, login, name, phone, roles, groups, standing,
            to_char(joined_at, 'YYYY-MM-DD') AS joined_at, disabled, activated,
            activation_expires_at, created_at, updated_at
       FROM users ORDER BY id`,
  );
  for (const u of rows) tx.emit(memberAdminChange(u, codes.get(u.id) ?? null));
}
