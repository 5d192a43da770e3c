import * as z from 'zod/mini';
import { id, text, freeText } from './common.ts';
import { NOTICE_KINDS, PUBLISH_KINDS } from '../notices/kinds.ts';
import { MAX_READ_BATCH } from '../notices/rules.ts';

/** A notice (通知) shown in the inbox of everyone at `orgId` and below (docs/notices.md). */
export const noticePublish = z.strictObject({
  id,
  orgId: id,
  title: text(80),
  body: freeText(4000),
  kind: z.enum(PUBLISH_KINDS),
});

/**
 * Marks notices (or the party day / lesson a reminder is about) read for this user on all their
 * devices. Reading again changes nothing.
 */
export const noticeRead = z.strictObject({
  noticeIds: z.array(id).check(
    z.minLength(1),
    z.maxLength(MAX_READ_BATCH),
    z.refine((ids) => new Set(ids).size === ids.length, 'Each id once.'),
  ),
});

/** The kinds of notice this user does not want shown or counted; the last one sent wins. */
export const noticePrefs = z.strictObject({
  muted: z.array(z.enum(NOTICE_KINDS)).check(z.maxLength(NOTICE_KINDS.length)),
});
