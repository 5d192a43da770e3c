import { parse as parseCsv } from 'csv-parse/sync';
import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { CST_OFFSET_MS } from '../../shared/china-time.ts';
import { isValidPhone, normalizePhone } from '../../shared/org/phone.ts';
import {
  IMPORT_HEADERS,
  IMPORT_STANDINGS,
  MAX_IMPORT_ROWS,
  type ImportCreated,
  type ImportErrorCode,
  type ImportRowError,
} from '../../shared/org/api.ts';
import { activationExpiry, hashCode, newCodes } from './activation.ts';
import { memberAdminChange, userData } from './users.ts';

export interface ImportRow {
  line: number;
  name: string;
  phone: string;
  branchId: string;
  standing: 'full' | 'probationary';
  joinedAt: string | null;
}

type Check = { ok: true; rows: ImportRow[] } | { ok: false; rows: ImportRowError[] };

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const sameHeader = (got: string[], want: readonly string[]) =>
  got.length >= want.length &&
  want.every((h, i) => got[i]?.trim().toLowerCase() === h.toLowerCase());

/**
 * Reads and checks a branch's member spreadsheet (docs/organisation.md, "Import"). Every row is
 * checked and every problem reported, so one round trip fixes the whole file; the caller creates
 * nothing unless all rows pass. `branches` maps branch names under the importer's org to ids.
 */
export async function checkImport(
  tx: Tx,
  text: string,
  branches: Map<string, string[]>,
  now: Date,
): Promise<Check> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as never;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return {
      ok: false,
      rows: [
        {
          line,
          errors: [
            { code: 'header', message: `The file is not valid CSV: ${(err as Error).message}` },
          ],
        },
      ],
    };
  }
  const [head, ...body] = records;
  if (
    !head ||
    !(sameHeader(head.record, IMPORT_HEADERS.zh) || sameHeader(head.record, IMPORT_HEADERS.en))
  ) {
    return {
      ok: false,
      rows: [
        {
          line: head?.info.lines ?? 1,
          errors: [
            {
              code: 'header',
              message: `The first row must be ${IMPORT_HEADERS.zh.join(',')} or ${IMPORT_HEADERS.en.join(',')}.`,
            },
          ],
        },
      ],
    };
  }
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      rows: [
        {
          line: body[MAX_IMPORT_ROWS]!.info.lines,
          errors: [{ code: 'too_many_rows', message: `At most ${MAX_IMPORT_ROWS} rows per file.` }],
        },
      ],
    };
  }
  const today = new Date(now.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
  const phones = body.map((r) => normalizePhone(r.record[1] ?? ''));
  // Two lookups the indexes answer (phone, lower(login)); one OR would scan users once per row.
  const distinct = [...new Set(phones)];
  const taken = new Set(
    (
      await tx.query<{ phone: string }>(
        `SELECT phone FROM users WHERE phone = ANY($1::text[])
         UNION SELECT lower(login) FROM users WHERE lower(login) = ANY($1::text[])`,
        [distinct],
      )
    ).map((r) => r.phone),
  );
  const seen = new Map<string, number>();
  const rows: ImportRow[] = [];
  const problems: ImportRowError[] = [];
  body.forEach(({ record, info }, i) => {
    const [name = '', rawPhone = '', branch = '', standing = '', joined = ''] = record;
    const line = info.lines;
    const errors: ImportRowError['errors'] = [];
    const err = (code: ImportErrorCode, field: string, message: string) =>
      errors.push({ code, field, message });
    if (!name) err('name_missing', 'name', 'The name is missing.');
    else if (name.length > 40)
      err('name_missing', 'name', 'The name is longer than 40 characters.');
    const phone = phones[i]!;
    if (!isValidPhone(rawPhone))
      err('phone_format', 'phone', `"${rawPhone}" is not a mobile number.`);
    else if (seen.has(phone)) {
      err('phone_duplicate_in_file', 'phone', `The same number is on line ${seen.get(phone)}.`);
    } else if (taken.has(phone))
      err('phone_exists', 'phone', 'An account with this number exists.');
    if (isValidPhone(rawPhone) && !seen.has(phone)) seen.set(phone, line);
    const branchIds = branches.get(branch);
    if (!branchIds || branchIds.length !== 1) {
      err(
        'branch_unknown',
        'branch',
        branchIds
          ? `More than one branch is called "${branch}".`
          : `No branch "${branch}" under your organisation.`,
      );
    }
    const st = IMPORT_STANDINGS[standing] ?? IMPORT_STANDINGS[standing.toLowerCase()];
    if (!st) err('standing_unknown', 'standing', `"${standing}" is neither 正式党员 nor 预备党员.`);
    let joinedAt: string | null = null;
    if (joined) {
      const d = new Date(`${joined}T00:00:00Z`);
      if (
        !DATE_RE.test(joined) ||
        Number.isNaN(d.getTime()) ||
        d.toISOString().slice(0, 10) !== joined
      ) {
        err('date_format', 'joinedAt', `"${joined}" is not a date written YYYY-MM-DD.`);
      } else if (joined > today) err('date_future', 'joinedAt', 'The date is in the future.');
      else joinedAt = joined;
    }
    if (errors.length) problems.push({ line, errors });
    else rows.push({ line, name, phone, branchId: branchIds![0]!, standing: st!, joinedAt });
  });
  return problems.length ? { ok: false, rows: problems } : { ok: true, rows };
}

/**
 * Creates the accounts of checked rows in one statement (json_to_recordset over one JSON
 * parameter), each with a one-time activation code and no password (nothing slow per row: the code
 * is random, so SHA-256 is its hash; the codes come from one draw of random bytes), and publishes
 * their `user` and `member_admin` records, built here without reading each row back; the change
 * log writes them in one statement too (change-log.ts).
 */
export async function createImported(
  tx: Tx,
  rows: ImportRow[],
  now: Date,
): Promise<ImportCreated[]> {
  const ids = rows.map(() => uuidv7(now.getTime()));
  const codes = newCodes(rows.length);
  const hashes = codes.map((c) => hashCode(c).toString('hex'));
  const expires = activationExpiry(now);
  // One JSON parameter rather than one array per column: PGlite's encoder escapes array
  // parameters element by element, which cost seconds at this size.
  await tx.query(
    `INSERT INTO users (id, login, name, phone, password_hash, roles, org_id, groups, standing,
                        joined_at, activation_hash, activation_expires_at, activated,
                        created_at, updated_at)
     SELECT t.id, t.phone, t.name, t.phone, '', ARRAY['member'], t.org_id, '{}', t.standing,
            t.joined_at, decode(t.hash, 'hex'), $2, false, $3, $3
       FROM json_to_recordset($1::json)
            AS t(id uuid, phone text, name text, org_id uuid, standing text, joined_at date, hash text)`,
    [
      JSON.stringify(
        rows.map((r, i) => ({
          id: ids[i],
          phone: r.phone,
          name: r.name,
          org_id: r.branchId,
          standing: r.standing,
          joined_at: r.joinedAt,
          hash: hashes[i],
        })),
      ),
      expires,
      now,
    ],
  );
  rows.forEach((r, i) => {
    const id = ids[i]!;
    const u = {
      id,
      login: r.phone,
      name: r.name,
      phone: r.phone,
      roles: ['member'],
      org_id: r.branchId,
      groups: [],
      standing: r.standing,
      joined_at: r.joinedAt,
      disabled: false,
      activated: false,
      activation_expires_at: expires,
      created_at: now,
      updated_at: now,
    };
    tx.emit({
      type: 'user',
      id,
      audience: 'private',
      orgId: r.branchId,
      ownerId: id,
      data: userData({ ...u, orgId: r.branchId }),
    });
    tx.emit(memberAdminChange(u, codes[i]!));
  });
  return rows.map((r, i) => ({
    line: r.line,
    login: r.phone,
    name: r.name,
    activationCode: codes[i]!,
  }));
}
