import { createHash } from 'node:crypto';
import type { Viewer } from '../auth/viewer.ts';

/**
 * The pull cursor is opaque to the app: base64url of {v: last version sent, h: visibility hash}.
 * A cursor made under other visibility (moved branch, new role or group, a move in the tree that
 * changed what an organizer manages) or one we cannot read
 * makes the server answer `reset: true` (docs/sync-protocol.md pull rule 5). The hash also covers the sync epoch,
 * which a restore from backup renews (see migration 002).
 */
export function visibilityHash(
  v: Pick<Viewer, 'orgId' | 'orgPath' | 'roles' | 'groups'> & { viewEpoch?: number },
  epoch: string,
): string {
  const key = JSON.stringify([
    epoch,
    v.orgId,
    v.orgPath,
    [...v.roles].sort(),
    [...v.groups].sort(),
    // A view epoch (a move that changed what this user manages): absent while 0, so the cursors
    // made before it existed stay valid.
    ...(v.viewEpoch ? [v.viewEpoch] : []),
  ]);
  return createHash('sha256').update(key).digest('base64url').slice(0, 16);
}

/**
 * What the last page of a pull remembers for the idle shortcut (src/server/replication/idle-pull.ts):
 * the highest version committed in its snapshot, the client's lastSeq in the same snapshot, and
 * which user and clientId it was made for.
 */
export interface CursorTail {
  m: number;
  s: number;
  c: string;
}

export interface Cursor extends Partial<CursorTail> {
  v: number;
  h: string;
}

export function encodeCursor(version: number, hash: string, tail?: CursorTail): string {
  return Buffer.from(JSON.stringify({ v: version, h: hash, ...tail })).toString('base64url');
}

/** Binds a cursor's tail to one user and clientId. */
export function clientBinding(userId: string, clientId: string): string {
  return createHash('sha256').update(`${userId}/${clientId}`).digest('base64url').slice(0, 12);
}

export function decodeCursor(cursor: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'v' in parsed &&
      'h' in parsed &&
      Number.isSafeInteger(parsed.v) &&
      (parsed.v as number) >= 0 &&
      typeof parsed.h === 'string'
    ) {
      const out: Cursor = { v: parsed.v as number, h: parsed.h };
      const p = parsed as Record<string, unknown>;
      if (
        Number.isSafeInteger(p.m) &&
        Number.isSafeInteger(p.s) &&
        (p.m as number) >= out.v &&
        typeof p.c === 'string'
      ) {
        out.m = p.m as number;
        out.s = p.s as number;
        out.c = p.c;
      }
      return out;
    }
  } catch {
    /* malformed: reset */
  }
  return null;
}
