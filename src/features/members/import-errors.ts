import type { TFunction } from 'i18next';
import { ApiRequestError } from '../../sync/http.ts';
import {
  IMPORT_ERROR_CODES,
  MAX_IMPORT_ROWS,
  type ImportErrorCode,
  type ImportRowError,
} from '../../shared/org/api.ts';

/** A refused row as the preview lists it: its line in the file and each reason in words. */
export interface RowProblem {
  line: number;
  reasons: string[];
}

const isCode = (v: unknown): v is ImportErrorCode =>
  typeof v === 'string' && (IMPORT_ERROR_CODES as readonly string[]).includes(v);

/** The rows of a 422 `import_failed` answer, or null for any other failure. */
export function importRowErrors(error: unknown): ImportRowError[] | null {
  if (!(error instanceof ApiRequestError) || error.code !== 'import_failed') return null;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('rows' in details)) return [];
  const rows = details.rows;
  return Array.isArray(rows) ? (rows as ImportRowError[]) : [];
}

/**
 * Each row's reasons in the user's language: a known code is translated, an unknown one (a newer
 * server) falls back to the server's own message. Sorted by line, as in the file.
 */
export function describeRowErrors(
  rows: readonly ImportRowError[],
  t: TFunction<'members'>,
): RowProblem[] {
  return [...rows]
    .sort((a, b) => a.line - b.line)
    .map((row) => ({
      line: row.line,
      reasons: (row.errors ?? []).map((e) =>
        isCode(e.code) ? t(`import.errors.${e.code}`, { max: MAX_IMPORT_ROWS }) : e.message,
      ),
    }));
}
