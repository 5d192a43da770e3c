import { deadline, type Deadline } from '../../shared/time-limit.ts';
import type { RequestRecord, ServiceGroupRecord } from '../../shared/records.ts';

/** Each request's due time and state under its group's time limit (the rule both ends share). */
export function requestDeadlines(
  requests: readonly RequestRecord[],
  groups: ReadonlyMap<string, ServiceGroupRecord> | undefined,
  now: Date,
): Map<string, Deadline> {
  const out = new Map<string, Deadline>();
  for (const r of requests) out.set(r.id, deadline(r, groups?.get(r.category)?.timeLimit, now));
  return out;
}

/** Open requests past their due time, by group key, the longest overdue first. */
export function overdueByGroup<T extends RequestRecord>(
  requests: readonly T[],
  deadlines: ReadonlyMap<string, Deadline>,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of requests) {
    if (deadlines.get(r.id)?.state !== 'overdue') continue;
    out.set(r.category, [...(out.get(r.category) ?? []), r]);
  }
  for (const list of out.values()) {
    list.sort((a, b) => (deadlines.get(a.id)!.dueAt! < deadlines.get(b.id)!.dueAt! ? -1 : 1));
  }
  return out;
}
