import { createHash } from 'node:crypto';
import type { Tx } from '../database/db.ts';
import type { LogChange } from '../database/change-log.ts';
import type { NoticeKind, NoticeTargetType } from '../../shared/notices/kinds.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { iso, one } from '../mutations/records.ts';
import { deliver, type CommittedNotice } from './deliver.ts';

interface NoticeRow {
  id: string;
  org_id: string | null;
  kind: NoticeKind;
  title: string;
  body: string;
  user_id: string | null;
  author_name: string | null;
  recipient_id: string | null;
  for_organizers: boolean;
  target_type: NoticeTargetType | null;
  target_id: string | null;
  detail: string | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Who receives a notice (pull rule 2; docs/notices.md): one made for a user is theirs alone (no
 * org, so not even their organizers pull it); a join request's goes to the organizers of the
 * branch and above; a published one is public at its org.
 */
function audienceOf(n: Pick<NoticeRow, 'org_id' | 'recipient_id' | 'for_organizers'>) {
  if (n.recipient_id) {
    return {
      audience: 'private',
      orgId: null,
      ownerId: n.recipient_id,
    } satisfies Partial<LogChange>;
  }
  if (n.for_organizers)
    return { audience: 'organizers', orgId: n.org_id } satisfies Partial<LogChange>;
  return { audience: 'public', orgId: n.org_id } satisfies Partial<LogChange>;
}

export async function emitNotice(tx: Tx, id: string): Promise<void> {
  const n = await one<NoticeRow>(
    tx,
    `SELECT n.*, u.name AS author_name FROM notices n LEFT JOIN users u ON u.id = n.user_id WHERE n.id = $1`,
    [id],
  );
  if (!n) return;
  tx.emit({
    type: 'notice',
    id,
    ...audienceOf(n),
    data: {
      id,
      orgId: n.org_id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      userId: n.user_id,
      authorName: n.author_name,
      recipientId: n.recipient_id,
      target: n.target_type && n.target_id ? { type: n.target_type, id: n.target_id } : null,
      detail: n.detail,
      createdAt: iso(n.created_at),
      updatedAt: iso(n.updated_at),
    },
  });
}

export interface NewNotice {
  id?: string;
  kind: NoticeKind;
  title: string;
  body?: string;
  orgId?: string | null;
  /** the publisher; null for a notice the server makes */
  userId?: string | null;
  recipientId?: string | null;
  forOrganizers?: boolean;
  target?: { type: NoticeTargetType; id: string } | null;
  detail?: string | null;
}

/**
 * Writes a notice in the caller's transaction, so it commits (or not) with the change that caused
 * it, emits its record, and hands it to `deliver` once that transaction has committed.
 */
export async function createNotice(tx: Tx, n: NewNotice, now: Date): Promise<string> {
  const id = n.id ?? uuidv7(now.getTime());
  const row: CommittedNotice = {
    id,
    kind: n.kind,
    title: n.title,
    body: n.body ?? '',
    orgId: n.orgId ?? null,
    recipientId: n.recipientId ?? null,
    forOrganizers: n.forOrganizers ?? false,
    target: n.target ?? null,
    detail: n.detail ?? null,
  };
  await tx.query(
    `INSERT INTO notices (id, org_id, kind, title, body, user_id, recipient_id, for_organizers,
                          target_type, target_id, detail, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`,
    [
      id,
      row.orgId,
      row.kind,
      row.title,
      row.body,
      n.userId ?? null,
      row.recipientId,
      row.forOrganizers,
      row.target?.type ?? null,
      row.target?.id ?? null,
      row.detail,
      now,
    ],
  );
  await emitNotice(tx, id);
  tx.afterCommit(() => void deliver(row));
  return id;
}

/**
 * The id of a user's read mark for one notice: the same on every server and for every resend, and
 * never another user's (a hash of both ids, shaped as a UUID so the change log can key it).
 */
export function readMarkId(userId: string, noticeId: string): string {
  const h = createHash('sha256').update(`notice_read:${userId}:${noticeId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function emitRead(tx: Tx, userId: string, noticeId: string, readAt: Date): void {
  tx.emit({
    type: 'notice_read',
    id: readMarkId(userId, noticeId),
    audience: 'private',
    orgId: null,
    ownerId: userId,
    data: { id: readMarkId(userId, noticeId), userId, noticeId, readAt: iso(readAt) },
  });
}

export function emitPrefs(tx: Tx, userId: string, muted: string[], updatedAt: Date): void {
  tx.emit({
    type: 'notice_prefs',
    id: userId,
    audience: 'private',
    orgId: null,
    ownerId: userId,
    data: { id: userId, userId, muted, updatedAt: iso(updatedAt) },
  });
}
