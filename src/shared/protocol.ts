import * as z from 'zod/mini';
import { str } from './mutations/common.ts';

/** The sync protocol version this build speaks (docs/sync-protocol.md push rule 6). */
export const SCHEMA_VERSION = 1;

/** docs/sync-protocol.md push rule 5. */
export const MAX_PUSH_MUTATIONS = 500;
export const MAX_PUSH_BYTES = 1024 * 1024;
/** docs/sync-protocol.md pull: limit 1..1000. */
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 500;

export const RECORD_TYPES = [
  'org',
  'user',
  'lesson',
  'lesson_progress',
  'lesson_rating',
  'event',
  'event_secret',
  'rsvp',
  'checkin',
  'wall_post',
  'hidden_wall_post',
  'request',
  'request_comment',
  'request_event',
  'venue',
  'booking',
  'slot',
  'points_entry',
  // organisation work
  'firm',
  'invite',
  'join_request',
  'member_admin',
  'service_group',
  // the inbox
  'notice',
  'notice_read',
  'notice_prefs',
  // the responsibility checklist
  'checklist_template',
  'checklist_assessment',
  // the three lists of a park and quarter
  'list_item',
  'list_publication',
  // recruitment
  'candidate',
  'candidate_stage',
  // membership changes
  'flowing',
  'transfer',
  // instructors' work
  'visit',
  'worklog',
  'visit_settings',
  'discussion',
  'instructor_review',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const mutationEnvelope = z.strictObject({
  seq: z.int().check(z.minimum(1)),
  name: str(z.minLength(1), z.maxLength(64)),
  args: z.unknown(),
  at: z.optional(str(z.maxLength(64))),
});
export type MutationEnvelope = z.infer<typeof mutationEnvelope>;

export const pushRequest = z.strictObject({
  clientId: z.uuid(),
  schemaVersion: z.int(),
  mutations: z.array(mutationEnvelope),
});
export type PushRequest = z.infer<typeof pushRequest>;

/**
 * `duplicate` of a mutation that was rejected the first time carries that rejection's code and
 * message (an addition to the protocol: without it a phone whose push response was lost would
 * never learn that its change was refused).
 */
const seq = z.int().check(z.minimum(1));
export const mutationResult = z.discriminatedUnion('status', [
  z.object({ seq, status: z.literal('applied') }),
  z.object({
    seq,
    status: z.literal('duplicate'),
    code: z.optional(z.string()),
    message: z.optional(z.string()),
  }),
  z.object({ seq, status: z.literal('rejected'), code: z.string(), message: z.string() }),
]);
export type MutationResult = z.infer<typeof mutationResult>;

/** The push answer; the app checks it with this before it touches its outbox. */
export const pushResponse = z.object({
  lastSeq: z.int().check(z.minimum(0)),
  results: z.array(mutationResult),
});
export type PushResponse = z.infer<typeof pushResponse>;

export const pullQuery = z.strictObject({
  clientId: z.uuid(),
  cursor: z.optional(str(z.maxLength(512))),
  limit: z.optional(
    z.pipe(
      str(z.regex(/^\d{1,4}$/)),
      z.transform((s) => Number(s)),
    ),
  ),
});

export type Change =
  | { type: RecordType; op: 'put'; id: string; data: Record<string, unknown> }
  | { type: RecordType; op: 'del'; id: string };

export interface PullResponse {
  cursor: string;
  hasMore: boolean;
  reset: boolean;
  lastSeq: number;
  changes: Change[];
  /**
   * Addition to the protocol: on a pull from the beginning (no cursor, or reset) the number of
   * records this whole pull will send, so a first sync can show a real progress bar.
   */
  total?: number;
}

/**
 * The pull answer's envelope, as the app checks it. `type` is any string (a newer server may send
 * types this build does not know; pull rule 1) and `data` is checked per type with
 * record-schemas.ts, so one bad record costs that record, not the page.
 */
export const pullChangeEnvelope = z.object({
  type: z.string().check(z.minLength(1), z.maxLength(64)),
  op: z.enum(['put', 'del']),
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  data: z.optional(z.unknown()),
});
export const pullResponseEnvelope = z.object({
  cursor: z.string(),
  hasMore: z.boolean(),
  reset: z.optional(z.boolean()),
  lastSeq: z.int().check(z.minimum(0)),
  changes: z.array(pullChangeEnvelope),
  total: z.optional(z.int().check(z.minimum(0))),
});

export interface LoginResponse {
  token: string;
  user: SessionUser;
}

export interface SessionUser {
  id: string;
  name: string;
  login: string;
  roles: string[];
  orgId: string;
  groups: string[];
}
