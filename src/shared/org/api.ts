import * as z from 'zod/mini';
import { JOIN_STANDINGS } from './kinds.ts';
import { freeText, str, text } from '../mutations/common.ts';

/**
 * Bodies of the organisation endpoints (docs/sync-protocol.md, "Endpoints, v1.1"), parsed at the
 * server's boundary and built by the app.
 */
const line = (max: number) => text(max);

/** `POST /api/join`: a newcomer scanned a branch's invitation code. → 202 {status:"pending"} */
export const joinBody = z.strictObject({
  code: str(z.trim(), z.minLength(8), z.maxLength(64)),
  name: line(40),
  phone: line(20),
  firm: z.optional(z.nullable(freeText(100))),
  standing: z.enum(JOIN_STANDINGS),
});
export type JoinBody = z.infer<typeof joinBody>;

/** The shortest password an account may set. */
export const MIN_PASSWORD_LENGTH = 8;
const password = str(z.minLength(MIN_PASSWORD_LENGTH), z.maxLength(200));

/** `POST /api/auth/activate`: first sign-in with a one-time code; answers as login. */
export const activateBody = z.strictObject({
  login: line(64),
  code: str(z.trim(), z.minLength(6), z.maxLength(64)),
  password,
});

/** `POST /api/auth/password`: a signed-in user changes their own password (other sessions end). */
export const passwordBody = z.strictObject({
  current: str(z.minLength(1), z.maxLength(200)),
  next: password,
});

/** `POST /api/admin/import` answers. Each row error carries a code the app translates. */
export const IMPORT_ERROR_CODES = [
  'header',
  'name_missing',
  'phone_format',
  'phone_duplicate_in_file',
  'phone_exists',
  'branch_unknown',
  'standing_unknown',
  'date_format',
  'date_future',
  'too_many_rows',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportRowError {
  line: number;
  errors: { code: ImportErrorCode; field?: string; message: string }[];
}
export interface ImportCreated {
  line: number;
  login: string;
  name: string;
  activationCode: string;
}
/** 200: `{created}`; with `?dryRun=1`, `{valid: n}` and nothing created. */
export interface ImportResult {
  created: ImportCreated[];
}
export interface ImportDryRun {
  valid: number;
}

/** The header rows the import accepts, in this column order (Chinese or English). */
export const IMPORT_HEADERS = {
  zh: ['姓名', '手机号', '支部', '身份', '入党日期'],
  en: ['name', 'phone', 'branch', 'standing', 'joinedAt'],
} as const;
/** Standing as the spreadsheet writes it. */
export const IMPORT_STANDINGS: Record<string, 'full' | 'probationary'> = {
  正式党员: 'full',
  预备党员: 'probationary',
  full: 'full',
  probationary: 'probationary',
};
export const MAX_IMPORT_ROWS = 20_000;

/**
 * `GET /api/admin/audit?before=<id>&limit=<1..500>` (admins; organizers see their subtree's):
 * newest first, `nextBefore` pages back. `?format=csv` answers the same rows as CSV (UTF-8, BOM).
 */
export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  /** the mutation or endpoint, e.g. `firm.save`, `import`, `join` */
  action: string;
  targetType: string;
  targetId: string | null;
  orgId: string | null;
  before: unknown;
  after: unknown;
}
export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}
