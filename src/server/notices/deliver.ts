import type { Db } from '../database/db.ts';
import type { NoticeKind, NoticeTargetType } from '../../shared/notices/kinds.ts';

/**
 * Delivery of a committed notice beyond the inbox (docs/notices.md, "Delivery").
 *
 * The inbox itself needs nothing from here: the notice is a record in the change log, so pull and
 * the live stream bring it to every phone that may see it. This is the one place other channels
 * (Web Push) hook into: `deliver` is called in this process right after the transaction that
 * made the notice has committed (`Tx.afterCommit`), never for one that rolled back, and it works
 * out who should hear of it, leaving out those who muted the kind.
 */
export interface CommittedNotice {
  id: string;
  kind: NoticeKind;
  title: string;
  body: string;
  /** published at this org: everyone at it and below */
  orgId: string | null;
  /** made for one user */
  recipientId: string | null;
  /** made for the organizers (and admins) of orgId and above */
  forOrganizers: boolean;
  target: { type: NoticeTargetType; id: string } | null;
  detail: string | null;
}

/** A channel that carries a notice to the given users; it must not throw for an unreachable one. */
export type NoticeTransport = (notice: CommittedNotice, userIds: string[]) => Promise<void>;

/** Each channel with the database its server process uses (to find the recipients). */
const transports = new Map<NoticeTransport, Db>();

/**
 * Adds a channel (e.g. Web Push) of the server process that opened `db`; returns a function that
 * removes it. Process-wide: one server app per process, as in production.
 */
export function addNoticeTransport(db: Db, t: NoticeTransport): () => void {
  transports.set(t, db);
  return () => void transports.delete(t);
}

/** The users a committed notice is for, without those who muted its kind. */
export async function noticeRecipients(db: Db, n: CommittedNotice): Promise<string[]> {
  const notMuted = `NOT EXISTS (SELECT 1 FROM notice_prefs p WHERE p.user_id = u.id AND $2 = ANY(p.muted))`;
  let rows: { id: string }[];
  if (n.recipientId) {
    rows = await db.query(
      `SELECT u.id FROM users u WHERE u.id = $1 AND NOT u.disabled AND ${notMuted}`,
      [n.recipientId, n.kind],
    );
  } else if (n.forOrganizers) {
    rows = await db.query(
      `SELECT u.id FROM users u
        WHERE NOT u.disabled AND u.roles && ARRAY['organizer', 'admin']::text[]
          AND u.org_id = ANY((SELECT path FROM orgs WHERE id = $1)::uuid[]) AND ${notMuted}`,
      [n.orgId, n.kind],
    );
  } else {
    rows = await db.query(
      `SELECT u.id FROM users u JOIN orgs o ON o.id = u.org_id
        WHERE NOT u.disabled AND $1 = ANY(o.path) AND ${notMuted}`,
      [n.orgId, n.kind],
    );
  }
  return rows.map((r) => r.id);
}

/**
 * Call after a notice has committed (src/server/notices/notice-data.ts does, through
 * `Tx.afterCommit`). Looks up recipients only when a channel is listening, so the inbox alone
 * costs nothing here. Never throws: a failed channel loses nothing, the notice is in the inbox.
 */
export async function deliver(notice: CommittedNotice): Promise<void> {
  await Promise.allSettled(
    [...transports].map(async ([transport, db]) => {
      try {
        const userIds = await noticeRecipients(db, notice);
        if (userIds.length) await transport(notice, userIds);
      } catch (err) {
        console.error('notice delivery failed', notice.id, err);
      }
    }),
  );
}
