import type { Db } from '../database/db.ts';
import { createOrg, type OrgKind } from '../accounts/orgs.ts';
import { createUser } from '../accounts/users.ts';
import { hashPassword, randomPassword } from '../auth/passwords.ts';
import { ROLES, SERVICE_GROUPS } from '../../shared/groups.ts';
import { ORG_KINDS } from '../../shared/org/kinds.ts';
import { listRules, setRule } from '../points/rules.ts';
import { generateRecords } from '../seed/generate.ts';

export const USAGE = `Lianxin admin — npm run admin -- <command> [options]

  list-orgs                                   the organisation tree
  create-org --name N --kind K [--parent ORG] K: district|committee|grid|branch|group; ORG: id or exact name
  list-users [--org ORG]                      users, optionally of one org and below
  create-user --login L --name N --roles R --org ORG [--groups G] [--phone P] [--password PW]
                                              R: comma list of member,organizer,staff,admin
                                              G: comma list of ${SERVICE_GROUPS.join(',')}
                                              without --password a random one is printed once
  reset-password LOGIN [--password PW]        sets a new password (random if omitted) and signs the user out
  list-rules                                  point rules in force and scheduled
  set-rule RULE --points N [--daily-cap N] [--monthly-cap N] [--from ISO]
                                              a new version of a point rule, from now or --from on
                                              (caps: a number, or "none")
  generate --records N --for LOGIN            N demo records that LOGIN pulls (lessons and party days
                                              at their org, requests of their own), for benchmarks
  backup FILE                                 writes a plain-SQL backup of the database
  restore FILE                                replaces the database with a backup

The database is the server's: DATABASE_URL, or PGlite in DATA_DIR (./data).`;

type Values = Record<string, string | undefined>;

const KINDS: readonly OrgKind[] = ORG_KINDS;

async function resolveOrg(db: Db, ref: string | undefined): Promise<string> {
  if (!ref) throw new Error('--org is required');
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM orgs WHERE id::text = $1 OR name = $1`,
    [ref],
  );
  if (rows.length !== 1)
    throw new Error(rows.length ? `"${ref}" names several orgs: use the id` : `No org "${ref}"`);
  return rows[0]!.id;
}

function list(v: string | undefined, allowed: readonly string[], what: string): string[] {
  const items = (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i));
  if (bad.length)
    throw new Error(`Unknown ${what}: ${bad.join(', ')} (allowed: ${allowed.join(', ')})`);
  return items;
}

export async function runAdminCommand(
  db: Db,
  command: string,
  v: Values,
  pos: string[],
): Promise<string> {
  switch (command) {
    case 'list-orgs': {
      const rows = await db.query<{ id: string; name: string; kind: string; depth: number }>(
        `SELECT id, name, kind, array_length(path, 1) AS depth FROM orgs ORDER BY path`,
      );
      return (
        rows.map((r) => `${'  '.repeat(r.depth - 1)}${r.name} [${r.kind}] ${r.id}`).join('\n') ||
        '(no orgs)'
      );
    }
    case 'create-org': {
      if (!v.name) throw new Error('--name is required');
      const kind = (v.kind ?? 'branch') as OrgKind;
      if (!KINDS.includes(kind)) throw new Error(`--kind must be one of ${KINDS.join(', ')}`);
      const parentId = v.parent ? await resolveOrg(db, v.parent) : null;
      const name = v.name;
      const id = await db.tx((tx) => createOrg(tx, { parentId, name, kind }));
      return `Created org ${v.name} ${id}`;
    }
    case 'list-users': {
      const org = v.org ? await resolveOrg(db, v.org) : null;
      const rows = await db.query<{
        login: string;
        name: string;
        roles: string[];
        groups: string[];
        org: string;
      }>(
        `SELECT u.login, u.name, u.roles, u.groups, o.name AS org FROM users u JOIN orgs o ON o.id = u.org_id
          WHERE $1::uuid IS NULL OR $1 = ANY(o.path) ORDER BY u.login`,
        [org],
      );
      return (
        rows
          .map(
            (r) =>
              `${r.login.padEnd(16)} ${r.name}  ${r.roles.join(',')}${r.groups.length ? ` [${r.groups.join(',')}]` : ''}  @ ${r.org}`,
          )
          .join('\n') || '(no users)'
      );
    }
    case 'create-user': {
      if (!v.login || !/^[a-zA-Z0-9_.-]{2,64}$/.test(v.login))
        throw new Error('--login: 2-64 letters, digits, _ . -');
      if (!v.name) throw new Error('--name is required');
      const roles = list(v.roles ?? 'member', ROLES, 'role');
      const groups = list(v.groups, SERVICE_GROUPS, 'service group');
      const orgId = await resolveOrg(db, v.org);
      const password = v.password ?? randomPassword();
      if (password.length < 8) throw new Error('A password needs at least 8 characters.');
      const { login, name } = v;
      await db.tx((tx) =>
        createUser(tx, { login, name, password, roles, orgId, groups, phone: v.phone ?? null }),
      );
      return v.password
        ? `Created user ${login}`
        : `Created user ${login} with password: ${password}\n(shown once)`;
    }
    case 'reset-password': {
      const login = pos[0];
      if (!login) throw new Error('usage: reset-password LOGIN [--password PW]');
      const password = v.password ?? randomPassword();
      if (password.length < 8) throw new Error('A password needs at least 8 characters.');
      const hash = await hashPassword(password);
      const done = await db.tx(async (tx) => {
        const rows = await tx.query<{ id: string }>(
          `UPDATE users SET password_hash = $2, updated_at = now() WHERE lower(login) = lower($1) RETURNING id`,
          [login, hash],
        );
        if (!rows[0]) return false;
        await tx.query(
          `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
          [rows[0].id],
        );
        return true;
      });
      if (!done) throw new Error(`No user ${login}`);
      return v.password
        ? `Password of ${login} changed; their sessions are signed out.`
        : `New password of ${login}: ${password}\n(shown once)`;
    }
    case 'list-rules': {
      const { current, scheduled } = await listRules(db, new Date());
      const line = (r: (typeof current)[number]) =>
        `${r.rule.padEnd(18)} ${String(r.points).padStart(4)} pts  day cap ${r.dailyCap ?? '-'}  month cap ${r.monthlyCap ?? '-'}  from ${r.effectiveFrom}`;
      return [...current.map(line), ...scheduled.map((r) => `${line(r)} (scheduled)`)].join('\n');
    }
    case 'set-rule': {
      const rule = pos[0];
      if (!rule || v.points === undefined)
        throw new Error(
          'usage: set-rule RULE --points N [--daily-cap N] [--monthly-cap N] [--from ISO]',
        );
      const num = (s: string | undefined) =>
        s === undefined || s === 'none' ? null : Number.parseInt(s, 10);
      const saved = await setRule(
        db,
        {
          rule,
          points: Number.parseInt(v.points, 10),
          dailyCap: num(v['daily-cap']),
          monthlyCap: num(v['monthly-cap']),
          effectiveFrom: v.from ? new Date(v.from) : undefined,
        },
        new Date(),
      );
      return `Rule ${saved.rule}: ${saved.points} points, day cap ${saved.dailyCap ?? 'none'}, month cap ${saved.monthlyCap ?? 'none'}, from ${saved.effectiveFrom}`;
    }
    case 'generate': {
      const records = Number(v.records);
      if (!v.for || !/^\d+$/.test(v.records ?? ''))
        throw new Error('usage: generate --records N --for LOGIN');
      const login = v.for;
      const started = Date.now();
      const c = await db.tx((tx) => generateRecords(tx, login, records));
      // Fresh planner statistics after a bulk load (an embedded database has no autovacuum to
      // gather them), or pull pages sort every row after the cursor instead of walking the index.
      await db.exec('ANALYZE');
      return `Generated ${records} records for ${login}: ${c.lessons} lessons, ${c.events} party days, ${c.requests} requests (${Date.now() - started} ms)`;
    }
    default:
      throw new Error(`Unknown command ${command}\n\n${USAGE}`);
  }
}
