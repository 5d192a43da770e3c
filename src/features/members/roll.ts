import { IMPORT_HEADERS, MAX_IMPORT_ROWS } from '../../shared/org/api.ts';
import { isBlankRow, toCsv } from './csv.ts';

/** A roll read from a file: the header and the data rows, as the import endpoint will see them. */
export interface Roll {
  header: string[];
  rows: string[][];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One spreadsheet cell as the text the endpoint expects. A date cell is a calendar day (the
 * spreadsheet stores it at midnight UTC), a phone number typed into a number cell loses nothing
 * (11 digits are well inside a double's exact range).
 */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  }
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return '';
}

/**
 * Rows of a sheet (from a CSV or an XLSX file) as a roll: cells to text, trailing blank rows and
 * cells dropped (exported sheets often carry them). Blank rows in between stay, so the line
 * numbers the server answers with are the lines of the user's own file.
 */
export function toRoll(sheet: readonly (readonly unknown[])[]): Roll {
  const rows = sheet.map((r) => {
    const cells = r.map(cellText);
    while (cells.length > 5 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (rows.length && isBlankRow(rows[rows.length - 1]!)) rows.pop();
  const [header = [], ...data] = rows;
  return { header, rows: data };
}

/** The row of the roll at a line of the file (line 1 is the header). */
export const rowAtLine = (roll: Roll, line: number) => roll.rows[line - 2];

/** The header matches the Chinese or the English one, in order (the server says so too). */
export function headerOk(header: readonly string[]): boolean {
  const cells = header.map((c) => c.trim());
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  return Object.values(IMPORT_HEADERS).some(
    (expected) => cells.length === expected.length && expected.every((h, i) => cells[i] === h),
  );
}

export const tooManyRows = (roll: Roll) => roll.rows.length > MAX_IMPORT_ROWS;

/** The CSV the endpoint takes. Line numbers of its answer count from this header as line 1. */
export const rollCsv = (roll: Roll) => toCsv([roll.header, ...roll.rows]);

/** The template: the Chinese header, ready to fill in. */
export const templateCsv = () => toCsv([[...IMPORT_HEADERS.zh]]);
