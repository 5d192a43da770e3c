import type { OrgRecord } from '../../shared/records.ts';
import { mayHoldChild, type OrgKind } from '../../shared/org/kinds.ts';
import type { FirmRecord } from '../../shared/org/records.ts';
import type { Account } from './accounts.ts';

export interface NodeCounts {
  /** active accounts with the member role at this node or below */
  members: number;
  /** firms registered at this node or below, or covered by a branch below it */
  firms: number;
  /** organizers of exactly this node */
  organizers: number;
}

export interface TreeNode {
  org: OrgRecord;
  depth: number;
  children: TreeNode[];
  counts: NodeCounts;
}

const byName = (a: OrgRecord, b: OrgRecord) => a.name.localeCompare(b.name, 'zh-CN');

/** The ids of an org and everything below it. */
export function descendantsOf(orgs: readonly OrgRecord[], rootId: string): Set<string> {
  const children = childrenIndex(orgs);
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    for (const c of children.get(id) ?? []) stack.push(c.id);
  }
  return out;
}

function childrenIndex(orgs: readonly OrgRecord[]): Map<string | null, OrgRecord[]> {
  const children = new Map<string | null, OrgRecord[]>();
  for (const o of orgs) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o]);
  for (const list of children.values()) list.sort(byName);
  return children;
}

/**
 * The tree under `rootId` with its counts (members, firms, organizers), computed from the
 * phone's copy so it works offline. Members and firms add up from the leaves; organizers are
 * those of the node itself.
 */
export function buildTree(
  orgs: readonly OrgRecord[],
  accounts: readonly Account[],
  firms: readonly Pick<FirmRecord, 'id' | 'orgId' | 'branchId'>[],
  rootId: string,
): TreeNode | null {
  const root = orgs.find((o) => o.id === rootId);
  if (!root) return null;
  const children = childrenIndex(orgs);
  const membersAt = new Map<string, number>();
  const organizersAt = new Map<string, number>();
  for (const a of accounts) {
    if (a.disabled) continue;
    if (a.roles.includes('member')) membersAt.set(a.orgId, (membersAt.get(a.orgId) ?? 0) + 1);
    if (a.roles.includes('organizer'))
      organizersAt.set(a.orgId, (organizersAt.get(a.orgId) ?? 0) + 1);
  }
  const seen = new Set<string>();
  const visit = (org: OrgRecord, depth: number): { node: TreeNode; firmIds: Set<string> } => {
    seen.add(org.id);
    const firmIds = new Set(
      firms.filter((f) => f.orgId === org.id || f.branchId === org.id).map((f) => f.id),
    );
    let members = membersAt.get(org.id) ?? 0;
    const kids: TreeNode[] = [];
    for (const child of children.get(org.id) ?? []) {
      if (seen.has(child.id)) continue; // a cycle in bad data must not hang the screen
      const sub = visit(child, depth + 1);
      kids.push(sub.node);
      members += sub.node.counts.members;
      for (const id of sub.firmIds) firmIds.add(id);
    }
    const counts = { members, firms: firmIds.size, organizers: organizersAt.get(org.id) ?? 0 };
    return { node: { org, depth, children: kids, counts }, firmIds };
  };
  return visit(root, 0).node;
}

/** The tree in display order, one row per node (for a list or an indented table). */
export function flattenTree(root: TreeNode | null): TreeNode[] {
  if (!root) return [];
  const out: TreeNode[] = [];
  const walk = (n: TreeNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  walk(root);
  return out;
}

/**
 * Where a node may move: a node of a kind that may hold it, inside the admin's tree, and never
 * the node itself or one of its descendants (that would cut the branch off the tree).
 */
export function moveTargets(
  orgs: readonly OrgRecord[],
  nodeId: string,
  within: ReadonlySet<string>,
): OrgRecord[] {
  const node = orgs.find((o) => o.id === nodeId);
  if (!node) return [];
  const below = descendantsOf(orgs, nodeId);
  return orgs
    .filter(
      (o) =>
        within.has(o.id) &&
        !below.has(o.id) &&
        o.id !== node.parentId &&
        mayHoldChild(o.kind, node.kind),
    )
    .sort(byName);
}

/** The path from the root to a node, for a breadcrumb ("区 › 园区 › 支部"). */
export function pathTo(orgs: readonly OrgRecord[], id: string): OrgRecord[] {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const out: OrgRecord[] = [];
  let cur = byId.get(id);
  while (cur && !out.includes(cur)) {
    out.unshift(cur);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return out;
}

export const isKind = (org: OrgRecord | undefined, kind: OrgKind) => org?.kind === kind;
