import type { RecordRows } from '../../db/types.ts';

type CandidateRecord = RecordRows['candidates'];
import { nextDue } from '../../shared/recruitment/due.ts';

/** A cell as spreadsheets read it: quoted, and a leading = + - @ defused (no formula runs). */
const cell = (v: string | null | undefined) => {
  const s = v ?? '';
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** The pipeline as CSV, UTF-8 with BOM so spreadsheet programs read the Chinese right. */
export function candidatesCsv(
  list: readonly CandidateRecord[],
  header: string,
  label: {
    stage: (s: string) => string;
    due: (k: string) => string;
    status: (s: string) => string;
  },
  today: string,
): string {
  const rows = list.map((c) => {
    const next = nextDue(c, c.steps, today);
    return [
      c.name,
      c.phone,
      label.stage(c.stage),
      c.appliedAt,
      c.activistAt,
      c.targetAt,
      c.probationaryAt,
      c.fullAt,
      next ? label.due(next.kind) : '',
      next?.date ?? '',
      next ? label.status(next.status) : '',
    ]
      .map(cell)
      .join(',');
  });
  return '\ufeff' + [header, ...rows].join('\r\n') + '\r\n';
}
