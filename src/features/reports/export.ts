import type { BranchReport } from './report.ts';

export interface ExportWords {
  headers: string[];
  kind: (computed: boolean) => string;
  name: (item: { title: string; titleEn: string }) => string;
  value: (line: BranchReport['lines'][number]) => string;
  target: (line: BranchReport['lines'][number]) => string;
  status: (line: BranchReport['lines'][number]) => string;
}

/** The report as rows of text: goal, responsibility, indicator, source, result, target, status, evidence. */
export function reportRows(report: BranchReport, w: ExportWords): string[][] {
  return report.lines.map((l) => [
    w.name(l.goal),
    w.name(l.responsibility),
    w.name(l.indicator),
    w.kind(l.indicator.kind === 'computed'),
    w.value(l),
    w.target(l),
    w.status(l),
    l.evidence ?? '',
  ]);
}

/** An Excel workbook of the report (write-excel-file loads only when asked for). */
export async function reportXlsx(title: string, header: string[], rows: string[][]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const cell = (value: string, bold = false) => ({
    value,
    ...(bold ? { fontWeight: 'bold' as const } : {}),
    wrap: true,
  });
  const data = [
    [cell(title, true)],
    header.map((h) => cell(h, true)),
    ...rows.map((r) => r.map((v) => cell(v))),
  ];
  return writeXlsxFile(data, {
    columns: [14, 18, 28, 14, 12, 10, 10, 40].map((width) => ({ width })),
  }).toBlob();
}
