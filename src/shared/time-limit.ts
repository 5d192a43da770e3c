import * as z from 'zod/mini';
import { CST_OFFSET_MS } from './china-time.ts';

/**
 * Time limits of service groups (限时办结): how long a request to the group may take, from filing
 * to resolution, in hours or in working days (docs/sync-protocol.md, `group.save`). The server's
 * figures and the app's queues use these functions, so both ends call the same request overdue.
 */
export const timeLimit = z.union([
  z.strictObject({
    unit: z.literal('hours'),
    amount: z.number().check(z.int(), z.minimum(1), z.maximum(720)),
  }),
  z.strictObject({
    unit: z.literal('workdays'),
    amount: z.number().check(z.int(), z.minimum(1), z.maximum(60)),
  }),
]);
export type TimeLimit = z.infer<typeof timeLimit>;

const DAY_MS = 86_400_000;
/** 1970-01-01 was a Thursday: weekday 0 is Sunday. */
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;
const isWorkday = (day: number) => weekday(day) !== 0 && weekday(day) !== 6;

/**
 * When a request filed at `createdAt` is due. Hours count round the clock. Working days are
 * Monday to Friday in China Standard Time, and the count starts the day after filing: N working
 * days end at midnight (CST) closing the N-th working day after the filing day. Public holidays
 * and the weekends worked in their place are not known to the app and count as the calendar says.
 */
export function dueAt(createdAt: string, limit: TimeLimit | null | undefined): string | null {
  if (!limit) return null;
  const filed = Date.parse(createdAt);
  if (Number.isNaN(filed)) return null;
  if (limit.unit === 'hours') return new Date(filed + limit.amount * 3600_000).toISOString();
  let day = Math.floor((filed + CST_OFFSET_MS) / DAY_MS);
  for (let n = 0; n < limit.amount;) {
    day += 1;
    if (isWorkday(day)) n += 1;
  }
  return new Date((day + 1) * DAY_MS - CST_OFFSET_MS).toISOString();
}

/**
 * - `none`: no limit, or the request was cancelled or rejected;
 * - `on_time` / `due_soon` (a quarter of the time or less left) / `overdue`: still open;
 * - `met` / `late`: resolved before its due time or after it.
 */
export type DeadlineState = 'none' | 'on_time' | 'due_soon' | 'overdue' | 'met' | 'late';

const OPEN = new Set(['submitted', 'accepted', 'in_progress']);

export interface Deadline {
  dueAt: string | null;
  state: DeadlineState;
}

export function deadline(
  request: { status: string; createdAt: string; resolvedAt: string | null },
  limit: TimeLimit | null | undefined,
  now: Date,
): Deadline {
  const due = dueAt(request.createdAt, limit);
  if (!due) return { dueAt: null, state: 'none' };
  const dueMs = Date.parse(due);
  if (request.status === 'resolved') {
    const resolved = request.resolvedAt ? Date.parse(request.resolvedAt) : dueMs;
    return { dueAt: due, state: resolved <= dueMs ? 'met' : 'late' };
  }
  if (!OPEN.has(request.status)) return { dueAt: due, state: 'none' };
  const left = dueMs - now.getTime();
  if (left < 0) return { dueAt: due, state: 'overdue' };
  const span = dueMs - Date.parse(request.createdAt);
  return { dueAt: due, state: left <= span / 4 ? 'due_soon' : 'on_time' };
}

/** Who may set a group's limit: an admin, or an organizer who is staff of that group. */
export function maySetLimit(
  viewer: { roles: readonly string[]; groups: readonly string[] },
  key: string,
) {
  if (viewer.roles.includes('admin')) return true;
  return viewer.roles.includes('organizer') && viewer.groups.includes(key);
}
