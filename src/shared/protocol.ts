import * as z from 'zod/mini';

/** The sync protocol version this build speaks (SYNC.md push rule 6). */
export const SCHEMA_VERSION = 1;

/** SYNC.md push rule 5. */
export const MAX_PUSH_MUTATIONS = 500;
export const MAX_PUSH_BYTES = 1024 * 1024;
/** SYNC.md pull: limit 1..1000. */
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
  'service_group',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const mutationEnvelope = z.strictObject({
  seq: z.int().check(z.minimum(1)),
  name: z.string().check(z.minLength(1), z.maxLength(64)),
  args: z.unknown(),
  at: z.optional(z.string().check(z.maxLength(64))),
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
 * message (an addition to SYNC.md: without it a phone whose push response was lost would never
 * learn that its change was refused).
 */
export type MutationResult =
  | { seq: number; status: 'applied' }
  | { seq: number; status: 'duplicate'; code?: string; message?: string }
  | { seq: number; status: 'rejected'; code: string; message: string };

export interface PushResponse {
  lastSeq: number;
  results: MutationResult[];
}

export const pullQuery = z.strictObject({
  clientId: z.uuid(),
  cursor: z.optional(z.string().check(z.maxLength(512))),
  limit: z.optional(
    z.pipe(
      z.string().check(z.regex(/^\d{1,4}$/)),
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
   * Addition to SYNC.md: on a pull from the beginning (no cursor, or reset) the number of records
   * this whole pull will send, so a first sync can show a real progress bar.
   */
  total?: number;
}

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
