import { parseCsv } from './csv.ts';
import { toRoll, type Roll } from './roll.ts';

export const ROLL_ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isXlsx = (file: File) =>
  /\.xlsx$/i.test(file.name) ||
  file.type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A CSV saved by a spreadsheet program on Chinese Windows is often GB18030, not UTF-8: decode
 * strictly as UTF-8 first and fall back, so the names arrive intact either way.
 */
export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Reads a roll from a CSV or XLSX file; the XLSX reader loads only when one is chosen. */
export async function readRoll(file: File): Promise<Roll> {
  if (isXlsx(file)) {
    const { readSheet } = await import('read-excel-file/browser');
    const sheet = await readSheet(file);
    return toRoll(sheet as unknown[][]);
  }
  return toRoll(parseCsv(decodeText(await file.arrayBuffer())));
}

/** The template as an Excel file, for those who fill rolls in a spreadsheet program. */
export async function templateXlsx(header: readonly string[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  return writeXlsxFile([header.map((value) => ({ value, fontWeight: 'bold' as const }))], {
    columns: header.map(() => ({ width: 16 })),
  }).toBlob();
}
