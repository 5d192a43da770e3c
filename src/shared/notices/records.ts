import * as z from 'zod/mini';
import { NOTICE_KINDS, NOTICE_TARGETS } from './kinds.ts';

/**
 * Inbox records as pull sends them (docs/sync-protocol.md, "Record shapes in pull"; docs/notices.md).
 *
 * A `notice` is either published at an org (`orgId`, public there and below; `userId` and
 * `authorName` name the publisher) or made by the server for one person (`recipientId`, private to
 * them) or for the organizers of a branch (`join_request`, organizers of `orgId` and above). A
 * server-made notice carries what the app needs to word it in the reader's language: `target`
 * (what it opens), `detail` (a request's new status, `comment`, a refusal code) and `title`/`body`
 * taken from the thing itself (a request's title, a comment's text).
 */
const stamps = { createdAt: z.string(), updatedAt: z.string() };

export const noticeRecord = z.object({
  id: z.string(),
  orgId: z.nullable(z.string()),
  kind: z.enum(NOTICE_KINDS),
  title: z.string(),
  body: z.string(),
  userId: z.nullable(z.string()),
  authorName: z.nullable(z.string()),
  recipientId: z.nullable(z.string()),
  target: z.nullable(z.object({ type: z.enum(NOTICE_TARGETS), id: z.string() })),
  detail: z.nullable(z.string()),
  ...stamps,
});
export type NoticeRecord = z.infer<typeof noticeRecord>;

/** One notice (or reminder source) read by one user; private to them. */
export const noticeReadRecord = z.object({
  id: z.string(),
  userId: z.string(),
  noticeId: z.string(),
  readAt: z.string(),
});
export type NoticeReadRecord = z.infer<typeof noticeReadRecord>;

/** A user's choice per kind (one record per user, id = the user's id); private to them. */
export const noticePrefsRecord = z.object({
  id: z.string(),
  userId: z.string(),
  muted: z.array(z.string()),
  updatedAt: z.string(),
});
export type NoticePrefsRecord = z.infer<typeof noticePrefsRecord>;
