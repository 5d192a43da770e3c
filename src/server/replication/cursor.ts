import { createHash } from 'node:crypto';
import type { Viewer } from '../auth/viewer.ts';

/**
 * The pull cursor is opaque to the app: base64url of {v: last version sent, h: visibility hash}.
 * A cursor made under other visibility (moved branch, new role or group) or one we cannot read
 * makes the server answer `reset: true` (SYNC.md pull rule 5). The hash also covers the sync epoch,
 * which a restore from backup renews (see migration 002).
 */
export function visibilityHash(
  v: Pick<Viewer, 'orgId' | 'orgPath' | 'roles' | 'groups'>,
  epoch: string,
): string {
  const key = JSON.stringify([
    epoch,
    v.orgId,
    v.orgPath,
    [...v.roles].sort(),
    [...v.groups].sort(),
  ]);
  return createHash('sha256').update(key).digest('base64url').slice(0, 16);
}

export function encodeCursor(version: number, hash: string): string {
  return Buffer.from(JSON.stringify({ v: version, h: hash })).toString('base64url');
}

export function decodeCursor(cursor: string): { v: number; h: string } | null {
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
      return { v: parsed.v as number, h: parsed.h };
    }
  } catch {
    /* malformed: reset */
  }
  return null;
}
