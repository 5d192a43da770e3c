/**
 * What a commit tells every server process (PostgreSQL NOTIFY, delivered on COMMIT): the highest
 * version it wrote and who may care, so each process pokes only the live streams of viewers who
 * may see the change. The test is pull's visibility rule loosened (a spurious poke is allowed, a
 * missed one is not): a viewer hears of every org on their path or that they manage, of their own
 * records and of their staff groups.
 */
export const CHANGES_CHANNEL = 'lianxin_changes';
/** Sessions, users, orgs or app_meta changed: payload `user:<id>` or `all` (migration 070). */
export const AUTH_CHANNEL = 'lianxin_auth';

/** PostgreSQL refuses payloads of 8000 bytes or more; stay well below. */
const MAX_PAYLOAD = 7000;

export interface ChangeNote {
  /** the highest version the commit wrote */
  v: number;
  /** too many to name: every viewer may care */
  all?: true;
  o?: string[];
  u?: string[];
  g?: string[];
}

/** What one written record tells: the columns pull filters on; `everyone` records reach all. */
export interface Touched {
  orgId: string | null;
  ownerId: string | null;
  groupKey: string | null;
  everyone?: boolean;
}

export function changeNote(version: number, touched: Touched[]): string {
  if (touched.some((t) => t.everyone)) return JSON.stringify({ v: version, all: true });
  const orgs = new Set<string>();
  const users = new Set<string>();
  const groups = new Set<string>();
  for (const t of touched) {
    if (t.orgId) orgs.add(t.orgId);
    if (t.ownerId) users.add(t.ownerId);
    if (t.groupKey) groups.add(t.groupKey);
  }
  const named = JSON.stringify({ v: version, o: [...orgs], u: [...users], g: [...groups] });
  return named.length < MAX_PAYLOAD ? named : JSON.stringify({ v: version, all: true });
}

/** A payload from the channel; an unreadable one counts as "everyone" (never a missed poke). */
export function parseChangeNote(payload: string | undefined): ChangeNote {
  try {
    const n = JSON.parse(payload ?? '') as ChangeNote;
    if (Number.isSafeInteger(n.v)) return n;
  } catch {
    /* fall through */
  }
  return { v: 0, all: true };
}

export interface Audience {
  id: string;
  orgPath: string[];
  managedOrgs: string[];
  groups: string[];
}

export function mayCare(n: ChangeNote, v: Audience): boolean {
  if (n.all) return true;
  if (n.u?.includes(v.id)) return true;
  if (n.o?.some((o) => v.orgPath.includes(o) || v.managedOrgs.includes(o))) return true;
  return Boolean(n.g?.some((g) => v.groups.includes(g)));
}
