import type { Tx } from '../database/db.ts';
import { isMember, type Viewer } from '../auth/viewer.ts';
import { Reject } from './types.ts';

/** Shared helpers for mutations: load a row or fail, ISO stamps. */
export const iso = (d: Date | string) => (typeof d === 'string' ? new Date(d) : d).toISOString();

export async function one<T>(tx: Tx, sql: string, params: unknown[]): Promise<T | undefined> {
  return (await tx.query<T>(sql, params))[0];
}

/** True when `orgId` is the viewer's org or one of its ancestors (published there, visible below). */
export const visibleFrom = (orgPath: string[], orgId: string) => orgPath.includes(orgId);

/** Creates are idempotent by client id across clientIds (docs/sync-protocol.md push rule 7). */
export async function existingOwner(
  tx: Tx,
  table: string,
  id: string,
): Promise<string | null | undefined> {
  const row = await one<{ user_id: string }>(tx, `SELECT user_id FROM ${table} WHERE id = $1`, [
    id,
  ]);
  return row ? row.user_id : undefined;
}

/**
 * The member writes of docs/sync-protocol.md's mutation table (`request.create`, `lesson.progress`, `lesson.rate`,
 * `event.rsvp`, `event.checkin`, `wall.post`, `booking.create`) need the member role: an admin or a
 * staff member without it may see the lesson, party day or room, but takes part only as a member.
 * Called after the visibility check, so a record the viewer cannot see stays `not_found`.
 */
export function requireMember(viewer: Viewer, message: string): void {
  if (!isMember(viewer)) throw new Reject('forbidden', message);
}
