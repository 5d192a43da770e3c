import { MIN_BRANCH_FULL_MEMBERS } from '../../shared/org/kinds.ts';
import type { FirmRecord } from '../../shared/org/records.ts';
import type { OrgRecord } from '../../shared/records.ts';
import type { Account } from './accounts.ts';
import { descendantsOf } from './org-tree-model.ts';

type Firm = Pick<
  FirmRecord,
  'id' | 'orgId' | 'name' | 'creditCode' | 'coverage' | 'branchId' | 'memberCount'
>;

export interface ThinBranch {
  branch: OrgRecord;
  /** active full members (正式党员) at the branch or its groups */
  fullMembers: number;
}

export interface JointBranch {
  branch: OrgRecord;
  firms: Firm[];
}

export interface ParkCoverage {
  park: OrgRecord;
  /** firms with Party members and no coverage at all: the first thing the district looks for */
  uncovered: Firm[];
  thinBranches: ThinBranch[];
  jointBranches: JointBranch[];
  firmCount: number;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN');

/** The committee (park) a node belongs to, or null above the parks. */
export function parkOf(orgs: readonly OrgRecord[], orgId: string): OrgRecord | null {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  let cur = byId.get(orgId);
  const seen = new Set<string>();
  while (cur && !seen.has(cur.id)) {
    if (cur.kind === 'committee') return cur;
    seen.add(cur.id);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return null;
}

/**
 * Coverage of each park the viewer sees: uncovered firms (memberCount > 0, coverage none) first,
 * most members first; branches below the minimum of full members; joint branches with their firms.
 */
export function coverageByPark(
  orgs: readonly OrgRecord[],
  accounts: readonly Account[],
  firms: readonly Firm[],
  within: ReadonlySet<string>,
): ParkCoverage[] {
  const parks = orgs.filter((o) => o.kind === 'committee' && within.has(o.id)).sort(byName);
  return parks.map((park) => {
    const inPark = descendantsOf(orgs, park.id);
    const parkFirms = firms.filter((f) => inPark.has(f.orgId));
    const uncovered = parkFirms
      .filter((f) => f.coverage === 'none' && (f.memberCount ?? 0) > 0)
      .sort((a, b) => (b.memberCount ?? 0) - (a.memberCount ?? 0) || byName(a, b));
    const branches = orgs.filter((o) => o.kind === 'branch' && inPark.has(o.id)).sort(byName);
    const thinBranches: ThinBranch[] = [];
    const jointBranches: JointBranch[] = [];
    for (const branch of branches) {
      const below = descendantsOf(orgs, branch.id);
      const fullMembers = accounts.filter(
        (a) =>
          !a.disabled && a.roles.includes('member') && a.standing === 'full' && below.has(a.orgId),
      ).length;
      if (fullMembers < MIN_BRANCH_FULL_MEMBERS) thinBranches.push({ branch, fullMembers });
      const covered = firms
        .filter((f) => f.coverage === 'joint_branch' && f.branchId === branch.id)
        .sort(byName);
      if (covered.length) jointBranches.push({ branch, firms: covered });
    }
    thinBranches.sort((a, b) => a.fullMembers - b.fullMembers || byName(a.branch, b.branch));
    return { park, uncovered, thinBranches, jointBranches, firmCount: parkFirms.length };
  });
}
