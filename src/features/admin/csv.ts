/** One CSV field: quoted when it holds a comma, quote or line break; formula starts defused. */
function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  // A spreadsheet would run "=..." as a formula; a leading apostrophe keeps it text.
  if (/^[=+\-@]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF
 * line ends, header row first.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  const lines = [header, ...rows].map((r) => r.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
