import type { MemberAdminRecord } from '../../shared/org/records.ts';
import { normalizePhone } from '../../shared/org/phone.ts';

export type SortKey = 'name' | 'phone' | 'org' | 'standing' | 'status';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

type Member = Pick<
  MemberAdminRecord,
  'id' | 'name' | 'phone' | 'login' | 'orgId' | 'standing' | 'activated' | 'disabled'
>;

/** waiting for activation first: that is what an organizer acts on */
const statusRank = (m: Member) => (m.disabled ? 2 : m.activated ? 1 : 0);
const standingRank = (m: Member) =>
  m.standing === 'full' ? 0 : m.standing === 'probationary' ? 1 : 2;

/** Name or phone contains the query (digits typed with spaces or +86 still match). */
export function matches(m: Member, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (m.name.toLowerCase().includes(q) || m.login.toLowerCase().includes(q)) return true;
  const digits = normalizePhone(q);
  return /^\d+$/.test(digits) && (m.phone ?? '').includes(digits);
}

/**
 * The roll filtered and sorted; ties fall back to the name (by the locale's collation, so Chinese
 * names sort by pinyin where the browser can) and then the id, so the order is stable.
 */
export function sortMembers<M extends Member>(
  members: readonly M[],
  sort: Sort,
  orgName: (id: string) => string,
  query = '',
  locale = 'zh-CN',
): M[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: M, b: M) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const primary = (a: M, b: M): number => {
    switch (sort.key) {
      case 'name':
        return 0;
      case 'phone':
        return (a.phone ?? a.login).localeCompare(b.phone ?? b.login);
      case 'org':
        return collator.compare(orgName(a.orgId), orgName(b.orgId));
      case 'standing':
        return standingRank(a) - standingRank(b);
      case 'status':
        return statusRank(a) - statusRank(b);
    }
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return members
    .filter((m) => matches(m, query))
    .sort((a, b) => sign * (primary(a, b) || byName(a, b)));
}
