import type { OrgRecord } from '../../shared/records.ts';

/** The ids of an org and every org below it, from the local copy of the tree. */
export function subtreeOf(
  orgs: readonly Pick<OrgRecord, 'id' | 'parentId'>[],
  rootId: string,
): Set<string> {
  const children = new Map<string, string[]>();
  for (const o of orgs) {
    if (!o.parentId) continue;
    children.set(o.parentId, [...(children.get(o.parentId) ?? []), o.id]);
  }
  const out = new Set<string>([rootId]);
  const queue = [rootId];
  while (queue.length) {
    const id = queue.shift()!;
    for (const child of children.get(id) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        queue.push(child);
      }
    }
  }
  return out;
}
