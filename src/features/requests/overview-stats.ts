import { SERVICE_GROUPS, type ServiceGroup } from '../../shared/groups.ts';
import { REQUEST_STATUSES, type RequestStatus } from '../../shared/mutations/requests.ts';
import { addDays, toLocal } from '../../shared/venue-hours.ts';

export interface OverviewInput {
  category: string;
  status: RequestStatus;
  createdAt: string;
  acceptedAt: string | null;
  resolvedAt: string | null;
  rating: { score: number } | null;
}

export interface Overview {
  total: number;
  byGroup: { group: ServiceGroup; total: number; byStatus: Record<RequestStatus, number> }[];
  byStatus: Record<RequestStatus, number>;
  /** hours from filing to 接单, median over accepted requests; null when none was accepted */
  medianAcceptHours: number | null;
  medianResolveHours: number | null;
  averageRating: number | null;
  ratings: number;
  /** requests filed per week (weeks start on Monday, China Standard Time), oldest first */
  weekly: { weekStart: string; count: number }[];
}

const zeroStatuses = () =>
  Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const hoursBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3600_000;

/** Monday of the local week of `iso`. */
export function weekStart(iso: string | Date): string {
  const { date } = toLocal(iso);
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** Everything the organizer's overview shows, computed from the records on the phone (works offline). */
export function computeOverview(
  requests: readonly OverviewInput[],
  now: Date,
  weeks = 8,
): Overview {
  const byStatus = zeroStatuses();
  const groups = new Map(SERVICE_GROUPS.map((g) => [g, zeroStatuses()]));
  const accept: number[] = [];
  const resolve: number[] = [];
  const scores: number[] = [];
  const thisWeek = weekStart(now);
  const weekly = Array.from({ length: weeks }, (_, i) => ({
    weekStart: addDays(thisWeek, -7 * (weeks - 1 - i)),
    count: 0,
  }));
  const weekIndex = new Map(weekly.map((w, i) => [w.weekStart, i]));
  for (const r of requests) {
    byStatus[r.status] += 1;
    const g = groups.get(r.category as ServiceGroup);
    if (g) g[r.status] += 1;
    if (r.acceptedAt) accept.push(hoursBetween(r.createdAt, r.acceptedAt));
    if (r.resolvedAt) resolve.push(hoursBetween(r.createdAt, r.resolvedAt));
    if (r.rating) scores.push(r.rating.score);
    const w = weekIndex.get(weekStart(r.createdAt));
    if (w !== undefined) weekly[w]!.count += 1;
  }
  return {
    total: requests.length,
    byGroup: SERVICE_GROUPS.map((group) => {
      const s = groups.get(group)!;
      return { group, byStatus: s, total: Object.values(s).reduce((a, b) => a + b, 0) };
    }),
    byStatus,
    medianAcceptHours: median(accept),
    medianResolveHours: median(resolve),
    averageRating: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    ratings: scores.length,
    weekly,
  };
}

/** The org and every org below it, from the synced org tree. */
export function subtree(
  orgs: readonly { id: string; parentId: string | null }[],
  rootId: string,
): Set<string> {
  const children = new Map<string, string[]>();
  for (const o of orgs) {
    if (o.parentId) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o.id]);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}
