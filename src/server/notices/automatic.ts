import type { Tx } from '../database/db.ts';
import { one } from '../mutations/records.ts';
import { createNotice } from './notice-data.ts';

/**
 * The notices the server makes itself (docs/notices.md), each called inside the transaction of
 * the change that causes it, so the notice exists exactly when the change does. They carry the
 * thing's own words (a request's title, a comment) and a `detail` code; the phone words the rest
 * in its reader's language. Party-day and lesson reminders are not here: the phone works them out
 * from the records it already holds.
 */

/** A request of yours moved on (to the requester; not when they moved it themselves). */
export async function noticeRequestStatus(
  tx: Tx,
  r: { id: string; user_id: string; title: string },
  to: string,
  actorId: string,
  note: string | null,
  now: Date,
): Promise<void> {
  if (actorId === r.user_id) return;
  await createNotice(
    tx,
    {
      kind: 'request',
      title: r.title,
      body: note ?? '',
      recipientId: r.user_id,
      target: { type: 'request', id: r.id },
      detail: to,
    },
    now,
  );
}

/** Someone else commented on your request. */
export async function noticeRequestComment(
  tx: Tx,
  requestId: string,
  authorId: string,
  body: string,
  now: Date,
): Promise<void> {
  const r = await one<{ user_id: string; title: string }>(
    tx,
    'SELECT user_id, title FROM requests WHERE id = $1',
    [requestId],
  );
  if (!r || r.user_id === authorId) return;
  await createNotice(
    tx,
    {
      kind: 'request',
      title: r.title,
      body,
      recipientId: r.user_id,
      target: { type: 'request', id: requestId },
      detail: 'comment',
    },
    now,
  );
}

/**
 * Your booking was refused (the slot was taken before your phone's request arrived): written in
 * the push transaction that records the refusal. `detail` is the refusal code.
 */
export async function noticeBookingRefused(
  tx: Tx,
  userId: string,
  args: unknown,
  code: string,
  now: Date,
): Promise<void> {
  const a = args as { venueId?: unknown; start?: unknown };
  if (typeof a.venueId !== 'string' || typeof a.start !== 'string') return;
  const venue = await one<{ id: string; name: string }>(
    tx,
    'SELECT id, name FROM venues WHERE id = $1',
    [a.venueId],
  );
  if (!venue) return;
  await createNotice(
    tx,
    {
      kind: 'booking',
      title: venue.name,
      body: a.start,
      recipientId: userId,
      target: { type: 'venue', id: venue.id },
      detail: code,
    },
    now,
  );
}

/** A newcomer asks to join a branch: to the organizers of the branch and above. */
export async function noticeJoinRequest(
  tx: Tx,
  joinRequest: { id: string; orgId: string; name: string },
  now: Date,
): Promise<void> {
  await createNotice(
    tx,
    {
      kind: 'join_request',
      title: joinRequest.name,
      orgId: joinRequest.orgId,
      forOrganizers: true,
      target: { type: 'join_request', id: joinRequest.id },
    },
    now,
  );
}
