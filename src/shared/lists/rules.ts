import { CST_OFFSET_MS } from '../china-time.ts';

/**
 * The three lists (三张清单) of a park and quarter (docs/organisation.md, "The three lists"):
 * rules both ends apply, written once. The server checks them; the app's optimistic mutators and
 * its buttons use the same functions.
 */

export const LIST_KINDS = ['need', 'resource', 'activity'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** Where an item came from: an open service request, a planned party day or a scheduled lesson. */
export const LIST_SOURCES = ['request', 'event', 'lesson'] as const;
export type ListSource = (typeof LIST_SOURCES)[number];

/** A need's way to closure: open → claimed (部门报到) → in_progress → closed. */
export const NEED_STATUSES = ['open', 'claimed', 'in_progress', 'closed'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** The org kinds that hold the three lists: a park committee or one of its grids. */
export const PARK_KINDS = ['committee', 'grid'] as const;
export const isParkKind = (kind: string) => (PARK_KINDS as readonly string[]).includes(kind);

/** The most notes one need keeps (the oldest go first). */
export const MAX_NEED_NOTES = 100;

/** `2026Q4`: a year and its quarter. */
export const QUARTER_PATTERN = /^(\d{4})Q([1-4])$/;

/** The quarter a moment falls in, counted in China Standard Time. */
export function quarterOf(at: Date | string): string {
  const d = new Date(new Date(at).getTime() + CST_OFFSET_MS);
  return `${d.getUTCFullYear()}Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** The first moment of a quarter and of the next one (China Standard Time), as instants. */
export function quarterRange(quarter: string): { start: Date; end: Date } | null {
  const m = QUARTER_PATTERN.exec(quarter);
  if (!m) return null;
  const year = Number(m[1]);
  const q = Number(m[2]);
  const start = new Date(Date.UTC(year, (q - 1) * 3, 1) - CST_OFFSET_MS);
  const end = new Date(Date.UTC(year, q * 3, 1) - CST_OFFSET_MS);
  return { start, end };
}

/** The quarter before or after `quarter` by `delta` quarters. */
export function shiftQuarter(quarter: string, delta: number): string {
  const m = QUARTER_PATTERN.exec(quarter);
  if (!m) return quarter;
  const n = Number(m[1]) * 4 + Number(m[2]) - 1 + delta;
  return `${Math.floor(n / 4)}Q${(n % 4) + 1}`;
}

/** A need's next state: who may move it where. */
export interface NeedActor {
  /** organizer or admin managing the park */
  organizer: boolean;
  /** staff of the need's service group */
  groupStaff: boolean;
}

/** May a department (staff of the need's group) claim it now? */
export const mayClaim = (status: NeedStatus, actor: NeedActor) =>
  actor.groupStaff && status === 'open';

/**
 * May `actor` move a need from `from` to `to`? The department that claimed it starts, works and
 * closes it, or hands it back (open); the park's organizer may do the same, and may also close an
 * open need (met another way) or reopen a closed one.
 */
export function mayMoveNeed(from: NeedStatus, to: NeedStatus, actor: NeedActor): boolean {
  if (!actor.organizer && !actor.groupStaff) return false;
  switch (to) {
    case 'in_progress':
      return from === 'claimed';
    case 'closed':
      return from === 'claimed' || from === 'in_progress' || (from === 'open' && actor.organizer);
    case 'open':
      return from === 'claimed' || from === 'in_progress' || (from === 'closed' && actor.organizer);
    case 'claimed':
      return false; // only need.claim claims
  }
}

/** Closing a need says how it was met: a note is required. */
export const noteRequired = (to: NeedStatus | undefined) => to === 'closed';
