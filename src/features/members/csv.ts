/**
 * CSV as the import endpoint reads it (RFC 4180: commas, double quotes doubled inside quoted
 * fields, CRLF or LF). Parsed here so a roll saved from a spreadsheet can be counted and checked
 * before it is sent, and written here for the template and the exported codes.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < src.length; i += 1) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const needsQuotes = /[",\r\n]/;

export function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (needsQuotes.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
}

/** UTF-8 with a BOM, so spreadsheet programs on Chinese Windows open it without mojibake. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map(csvLine).join('\r\n')}\r\n`;
}

/** A row is blank when every cell is empty after trimming (spreadsheets leave such rows behind). */
export const isBlankRow = (row: readonly string[]) => row.every((c) => c.trim() === '');
