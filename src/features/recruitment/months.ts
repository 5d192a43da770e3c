import { addMonths } from '../../shared/recruitment/dates.ts';
import type { Stage } from '../../shared/recruitment/rules.ts';
import type { RecordRows } from '../../db/types.ts';

type CandidateRecord = RecordRows['candidates'];

export interface MonthRow {
  /** YYYY-MM */
  month: string;
  applied: number;
  reached: Partial<Record<Stage, number>>;
  steps: number;
}

/** The last twelve months, newest first: applications, stages reached and steps recorded. */
export function monthRows(list: readonly CandidateRecord[], today: string): MonthRow[] {
  const rows: MonthRow[] = [];
  for (let i = 0; i < 12; i++) {
    rows.push({ month: addMonths(today, -i).slice(0, 7), applied: 0, reached: {}, steps: 0 });
  }
  const row = (d: string) => rows.find((r) => r.month === d.slice(0, 7));
  for (const c of list) {
    const a = row(c.appliedAt);
    if (a) a.applied++;
    for (const h of c.history) {
      const r = row(h.at);
      if (r) r.reached[h.to] = (r.reached[h.to] ?? 0) + 1;
    }
    for (const s of c.steps) {
      const r = row(s.at);
      if (r) r.steps++;
    }
  }
  return rows;
}
