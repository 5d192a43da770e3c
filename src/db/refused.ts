import type { LianxinDB } from './db.ts';

/** The record a mutation was about, read from its args: its event, request, lesson, venue, post or own id. */
export function refusalTarget(args: unknown): string | null {
  if (typeof args !== 'object' || args === null) return null;
  const a = args as Record<string, unknown>;
  for (const key of ['eventId', 'requestId', 'lessonId', 'venueId', 'postId', 'id']) {
    const v = a[key];
    if (typeof v === 'string') return v;
  }
  return null;
}

/** Two mutations are the same intent when they have the same name and are about the same record. */
export function sameIntent(
  a: { name: string; args: unknown },
  b: { name: string; args: unknown },
): boolean {
  const target = refusalTarget(a.args);
  return a.name === b.name && target !== null && target === refusalTarget(b.args);
}

/**
 * A refusal is settled once the member did what they meant after all: a check-in with the right
 * code after a mistyped one, a booking of the same venue after the slot was taken. The server
 * applied `done`, so the refusals of the same intent leave the list (and the pill). Runs inside
 * the caller's rw transaction over `refused`.
 */
export async function settleRefusals(
  d: LianxinDB,
  userId: string,
  done: readonly { name: string; args: unknown }[],
): Promise<number> {
  if (done.length === 0) return 0;
  const mine = await d.refused.where('userId').equals(userId).toArray();
  const settled = mine.filter((r) => r.id !== undefined && done.some((m) => sameIntent(m, r)));
  await d.refused.bulkDelete(settled.map((r) => r.id!));
  return settled.length;
}
