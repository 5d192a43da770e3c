import type { PointCategory } from './rules.ts';

/**
 * The pioneer index (先锋指数) of one member for one month, 0–100, used to choose innovation
 * pioneers (创新先锋). Documented in docs/points.md.
 *
 *   index = 100 × Σ_c  weight_c × min(1, points_c / target_c)
 *
 * over the month's points per category c (learning, attendance, service). Each category is capped
 * at its target, so one kind of activity can add at most its weight: a member who only studies
 * tops out at 30, however many lessons they finish; reaching 100 takes learning, showing up at
 * party days and serving others in the same month. Attendance weighs most because the monthly
 * party day is the branch's core duty.
 */
export const PIONEER_WEIGHTS: Record<PointCategory, { weight: number; target: number }> = {
  // about six lessons completed and rated in a month
  learning: { weight: 0.3, target: 60 },
  // the monthly party day plus one more activity
  attendance: { weight: 0.4, target: 40 },
  // about four hours of volunteering, or rated service requests
  service: { weight: 0.3, target: 40 },
};

export type CategoryPoints = Record<PointCategory, number>;

export const emptyCategoryPoints = (): CategoryPoints => ({
  learning: 0,
  attendance: 0,
  service: 0,
});

/** The index, rounded to one decimal. Negative points (never written today) count as zero. */
export function pioneerIndex(points: CategoryPoints): number {
  let sum = 0;
  for (const c of Object.keys(PIONEER_WEIGHTS) as PointCategory[]) {
    const { weight, target } = PIONEER_WEIGHTS[c];
    sum += weight * Math.min(1, Math.max(0, points[c]) / target);
  }
  return Math.round(sum * 1000) / 10;
}

export interface RankedMember {
  userId: string;
  name: string;
  points: CategoryPoints;
  total: number;
  index: number;
  rank: number;
}

/**
 * Ranks members by index, then by total points, then by name; equal index and total share a rank
 * (1, 2, 2, 4), so a tie is never decided by the order rows came in.
 */
export function rankByIndex(
  members: readonly { userId: string; name: string; points: CategoryPoints }[],
): RankedMember[] {
  const scored = members.map((m) => ({
    ...m,
    total: m.points.learning + m.points.attendance + m.points.service,
    index: pioneerIndex(m.points),
    rank: 0,
  }));
  scored.sort(
    (a, b) => b.index - a.index || b.total - a.total || a.name.localeCompare(b.name, 'zh-CN'),
  );
  scored.forEach((m, i) => {
    const prev = scored[i - 1];
    m.rank = prev && prev.index === m.index && prev.total === m.total ? prev.rank : i + 1;
  });
  return scored;
}
