import { REQUEST_STATUSES, type RequestStatus } from '../../shared/mutations/requests.ts';
import { compareIso } from '../../shared/compare.ts';

export type QueueOrder = 'newest' | 'oldest_waiting';
export type QueueFilter = 'open' | RequestStatus;

export interface QueueItem {
  id: string;
  category: string;
  status: RequestStatus;
  createdAt: string;
  updatedAt: string;
}

const OPEN: ReadonlySet<RequestStatus> = new Set(['submitted', 'accepted', 'in_progress']);

/** The requests of the staff user's groups, filtered and ordered, with counts per status. */
export function staffQueue<T extends QueueItem>(
  requests: readonly T[],
  groups: readonly string[],
  filter: QueueFilter,
  order: QueueOrder,
): { items: T[]; counts: Record<RequestStatus, number> & { open: number } } {
  const mine = requests.filter((r) => groups.includes(r.category));
  const counts = {
    ...(Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>),
    open: 0,
  };
  for (const r of mine) {
    counts[r.status] += 1;
    if (OPEN.has(r.status)) counts.open += 1;
  }
  const items = mine.filter((r) => (filter === 'open' ? OPEN.has(r.status) : r.status === filter));
  // "Oldest waiting": the request whose last step lies furthest back is the one most overdue; a
  // request not yet taken (submitted) comes before those already in hand.
  items.sort((a, b) =>
    order === 'newest'
      ? compareIso(b.createdAt, a.createdAt)
      : Number(b.status === 'submitted') - Number(a.status === 'submitted') ||
        compareIso(a.updatedAt, b.updatedAt),
  );
  return { items, counts };
}
