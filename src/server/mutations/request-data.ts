import { emitServiceGroup } from '../accounts/service-groups.ts';
import type { Tx } from '../database/db.ts';
import type { LogChange } from '../database/change-log.ts';
import type { RequestStatus } from '../../shared/mutations/requests.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { iso, one } from './records.ts';
import { noticeRequestStatus } from '../notices/automatic.ts';

export interface RequestRow {
  id: string;
  user_id: string;
  org_id: string;
  category: string;
  title: string;
  body: string;
  status: RequestStatus;
  venue_booking: string | null;
  assignee_id: string | null;
  rating_score: number | null;
  rating_comment: string | null;
  accepted_at: Date | null;
  resolved_at: Date | null;
  created_at: Date;
  updated_at: Date;
  /** set on a problem an instructor's visit raised (visit.log) */
  visit_id?: string | null;
  firm_id?: string | null;
}

export const loadRequest = (tx: Tx, id: string, lock = false) =>
  one<RequestRow>(tx, `SELECT * FROM requests WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);

/** The URL the app fetches a photo from (with its bearer token; see routes/requests.ts). */
export const photoUrl = (requestId: string, photoId: string) =>
  `/api/requests/${requestId}/photos/${photoId}`;

/**
 * Visibility of everything about a request (pull rule 2): the requester owns it, organizers managing
 * the requester's org and staff of its service group see it too. Comments and timeline entries use
 * the same columns, so whoever sees the request sees its whole thread.
 */
const audienceOf = (r: Pick<RequestRow, 'user_id' | 'org_id' | 'category'>) =>
  ({
    audience: 'private',
    orgId: r.org_id,
    ownerId: r.user_id,
    groupKey: r.category,
  }) satisfies Partial<LogChange>;

export async function emitRequest(tx: Tx, id: string): Promise<void> {
  const r = await one<RequestRow & { requester_name: string; firm_name: string | null }>(
    tx,
    `SELECT r.*, u.name AS requester_name, f.name AS firm_name
       FROM requests r JOIN users u ON u.id = r.user_id LEFT JOIN firms f ON f.id = r.firm_id
      WHERE r.id = $1`,
    [id],
  );
  if (!r) return;
  const photos = await tx.query<{ id: string; mime: string }>(
    'SELECT id, mime FROM request_photos WHERE request_id = $1 ORDER BY position',
    [id],
  );
  emitRequestRow(tx, r, photos);
}

/** emitRequest for a row already loaded, with its photos (bulk writers emit many at once). */
export function emitRequestRow(
  tx: Pick<Tx, 'emit'>,
  r: RequestRow & { requester_name: string; firm_name?: string | null },
  photos: { id: string; mime: string }[],
): void {
  const { id } = r;
  tx.emit({
    type: 'request',
    id,
    ...audienceOf(r),
    data: {
      id,
      userId: r.user_id,
      requesterName: r.requester_name,
      orgId: r.org_id,
      category: r.category,
      title: r.title,
      body: r.body,
      status: r.status,
      venueBooking: r.venue_booking,
      photos: photos.map((p) => ({ id: p.id, mime: p.mime, url: photoUrl(id, p.id) })),
      assigneeId: r.assignee_id,
      rating: r.rating_score ? { score: r.rating_score, comment: r.rating_comment } : null,
      acceptedAt: r.accepted_at ? iso(r.accepted_at) : null,
      resolvedAt: r.resolved_at ? iso(r.resolved_at) : null,
      visitId: r.visit_id ?? null,
      firmId: r.firm_id ?? null,
      firmName: r.firm_name ?? null,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    },
  });
}

export async function emitRequestComment(tx: Tx, id: string): Promise<void> {
  const c = await one<{
    id: string;
    request_id: string;
    user_id: string;
    author_name: string;
    body: string;
    created_at: Date;
    updated_at: Date;
    owner: string;
    org_id: string;
    category: string;
  }>(
    tx,
    `SELECT c.*, u.name AS author_name, r.user_id AS owner, r.org_id, r.category
       FROM request_comments c JOIN requests r ON r.id = c.request_id JOIN users u ON u.id = c.user_id
      WHERE c.id = $1`,
    [id],
  );
  if (!c) return;
  tx.emit({
    type: 'request_comment',
    id,
    ...audienceOf({ user_id: c.owner, org_id: c.org_id, category: c.category }),
    data: {
      id,
      requestId: c.request_id,
      userId: c.user_id,
      authorName: c.author_name,
      body: c.body,
      createdAt: iso(c.created_at),
      updatedAt: iso(c.updated_at),
    },
  });
}

/**
 * Moves a request to `to` and writes its timeline entry, both in the caller's transaction. The
 * unique (request_id, to_status) index makes a second entry for the same step impossible.
 */
export async function changeStatus(
  tx: Tx,
  r: RequestRow,
  to: RequestStatus,
  actor: { id: string; name: string },
  note: string | null,
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE requests SET status = $2, updated_at = $3,
            accepted_at = CASE WHEN $2 = 'accepted' THEN $3 ELSE accepted_at END,
            assignee_id = CASE WHEN $2 = 'accepted' THEN $4::uuid ELSE assignee_id END,
            resolved_at = CASE WHEN $2 = 'resolved' THEN $3 ELSE resolved_at END
      WHERE id = $1`,
    [r.id, to, now, actor.id],
  );
  await recordEvent(tx, r, r.status, to, actor, note, now);
  await emitRequest(tx, r.id);
  // The requester hears of it in their inbox (docs/notices.md), in this same transaction.
  await noticeRequestStatus(tx, r, to, actor.id, note, now);
  // The group's usual time to take a request on moves with each one taken on or finished.
  if (to === 'accepted' || to === 'resolved') await emitServiceGroup(tx, r.category);
}

export async function recordEvent(
  tx: Tx,
  r: Pick<RequestRow, 'id' | 'user_id' | 'org_id' | 'category'>,
  from: RequestStatus | null,
  to: RequestStatus,
  actor: { id: string; name: string },
  note: string | null,
  now: Date,
): Promise<void> {
  const id = uuidv7(now.getTime());
  await tx.query(
    `INSERT INTO request_events (id, request_id, user_id, from_status, to_status, note, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, r.id, actor.id, from, to, note, now],
  );
  tx.emit({
    type: 'request_event',
    id,
    ...audienceOf(r),
    data: {
      id,
      requestId: r.id,
      userId: actor.id,
      actorName: actor.name,
      from,
      to,
      note,
      createdAt: iso(now),
      updatedAt: iso(now),
    },
  });
}
