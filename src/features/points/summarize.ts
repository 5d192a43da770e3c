import {
  emptyCategoryPoints,
  pioneerIndex,
  type CategoryPoints,
} from '../../shared/points/pioneer-index.ts';
import { lastMonths, monthKey } from '../../shared/points/rules.ts';
import type { PointsEntryRecord } from '../../shared/records.ts';

export interface MonthPoints {
  month: string;
  total: number;
  categories: CategoryPoints;
  index: number;
}

export interface PointsSummary {
  total: number;
  thisMonth: MonthPoints;
  /** the last 12 CST months, oldest first (the chart) */
  months: MonthPoints[];
}

/** A member's figures from their confirmed ledger entries; months by the fact's server time. */
export function summarizePoints(
  entries: readonly Pick<PointsEntryRecord, 'points' | 'category' | 'earnedAt'>[],
  now: Date,
): PointsSummary {
  const keys = lastMonths(monthKey(now), 12);
  const byMonth = new Map(keys.map((k) => [k, emptyCategoryPoints()]));
  let total = 0;
  for (const e of entries) {
    total += e.points;
    const bucket = byMonth.get(monthKey(e.earnedAt));
    if (bucket) bucket[e.category] += e.points;
  }
  const months = keys.map((month) => {
    const categories = byMonth.get(month)!;
    return {
      month,
      categories,
      total: categories.learning + categories.attendance + categories.service,
      index: pioneerIndex(categories),
    };
  });
  return { total, thisMonth: months.at(-1)!, months };
}
