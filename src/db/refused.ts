import type { LianxinDB } from './db.ts';

/** The record a mutation was about, read from its args: its event, request, lesson, venue, post or own id. */
export function refusalTarget(args: unknown): string | null {
  if (typeof args !== 'object' || args === null) return null;
  const a = args as Record<string, unknown>;
  for (const key of [
    'eventId',
    'requestId',
    'lessonId',
    'venueId',
    'postId',
    'candidateId',
    'id',
  ]) {
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
  done: readonly { name: string; args: unknown; seq?: number }[],
  /** refusals made from the same batch as `done`, by their seq: only a later `done` settles them */
  refusedSeq: ReadonlyMap<number, number> = new Map(),
): Promise<number> {
  if (done.length === 0) return 0;
  const mine = await d.refused.where('userId').equals(userId).toArray();
  const later = (m: { seq?: number }, refusedId: number) => {
    const seq = refusedSeq.get(refusedId);
    return seq === undefined || m.seq === undefined || m.seq > seq;
  };
  const settled = mine.filter(
    (r) =>
      r.id !== undefined && !r.settledAt && done.some((m) => sameIntent(m, r) && later(m, r.id!)),
  );
  // Settled, not deleted: the screens stop showing it, the record of the refusal stays.
  const at = new Date().toISOString();
  await d.refused.bulkPut(settled.map((r) => ({ ...r, settledAt: at })));
  return settled.length;
}
