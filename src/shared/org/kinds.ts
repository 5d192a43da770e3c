/**
 * The organisation tree: district (区两新工委) → committee (park, business-district or tower
 * party committee) → optional grid (片区/楼宇网格) → branch (党支部, often a joint branch of small
 * firms) → party group (党小组). `org.save` refuses a node under a parent of the wrong kind
 * (`invalid_request`), and the tree editor offers only the kinds allowed, from this one table.
 */
export const ORG_KINDS = ['district', 'committee', 'grid', 'branch', 'group'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Which kinds may sit directly under a parent of each kind; a district is the root only. */
export const CHILD_KINDS: Record<OrgKind, readonly OrgKind[]> = {
  district: ['committee'],
  committee: ['grid', 'branch'],
  grid: ['branch'],
  branch: ['group'],
  group: [],
};

export const mayHoldChild = (parent: OrgKind, child: OrgKind) =>
  CHILD_KINDS[parent].includes(child);

/** A branch needs at least three full members (正式党员) to stand on its own. */
export const MIN_BRANCH_FULL_MEMBERS = 3;

/** How a firm is covered by party organisation (企业台账 coverage). */
export const COVERAGE = ['own_branch', 'joint_branch', 'instructor', 'none'] as const;
export type Coverage = (typeof COVERAGE)[number];

/** A member's standing: full (正式党员) or probationary (预备党员). */
export const STANDINGS = ['full', 'probationary'] as const;
export type Standing = (typeof STANDINGS)[number];

/** What a newcomer declares at the service centre (`POST /api/join`). */
export const JOIN_STANDINGS = ['full', 'probationary', 'activist', 'none'] as const;
export type JoinStanding = (typeof JOIN_STANDINGS)[number];
