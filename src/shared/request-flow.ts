import type { RequestStatus } from './mutations/requests.ts';

/**
 * Who may move a service request from which status to which: written once, so the server's checks
 * and the app's optimistic writes and buttons cannot drift apart (docs/sync-protocol.md, the
 * `request.*` mutations).
 */

/** Status changes staff of the request's group may make: submitted → accepted → in progress → resolved, or rejected. */
export const NEXT_STATUSES: Record<RequestStatus, readonly RequestStatus[]> = {
  submitted: ['accepted', 'rejected'],
  accepted: ['in_progress', 'resolved', 'rejected'],
  in_progress: ['resolved', 'rejected'],
  resolved: [],
  rejected: [],
  cancelled: [],
};

/** The requester may cancel until the request is resolved (or otherwise closed). */
export const CANCELLABLE_STATUSES: readonly RequestStatus[] = [
  'submitted',
  'accepted',
  'in_progress',
];

/** Staff of the request's service group (those who take it: 接单): role `staff` and the group. */
export const handlesCategory = (
  u: { roles: readonly string[]; groups: readonly string[] },
  category: string,
): boolean => u.roles.includes('staff') && u.groups.includes(category);

/** Whether staff may move a request from `from` to `to` (else `invalid_transition`). */
export const canMove = (from: RequestStatus, to: RequestStatus): boolean =>
  NEXT_STATUSES[from].includes(to);

/** Whether the requester may still cancel it. */
export const canCancel = (status: RequestStatus): boolean => CANCELLABLE_STATUSES.includes(status);

/** The requester rates a request once it is resolved (the last rating wins). */
export const canRate = (status: RequestStatus): boolean => status === 'resolved';

/** A rejection says why: `request.transition` to `rejected` needs a note. */
export const needsNote = (to: RequestStatus): boolean => to === 'rejected';
