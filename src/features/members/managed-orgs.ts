import type { OrgRecord } from '../../shared/records.ts';

/**
 * The nodes a user manages: their own and everything below it that the device holds, in tree
 * order (parents before children), each with its depth for indenting a picker.
 */
export function managedOrgs(
  orgs: readonly OrgRecord[],
  rootId: string | undefined,
): { org: OrgRecord; depth: number }[] {
  if (!rootId) return [];
  const children = new Map<string, OrgRecord[]>();
  for (const o of orgs) {
    if (o.parentId) children.set(o.parentId, [...(children.get(o.parentId) ?? []), o]);
  }
  const out: { org: OrgRecord; depth: number }[] = [];
  const visit = (o: OrgRecord | undefined, depth: number) => {
    if (!o || out.some((x) => x.org.id === o.id)) return;
    out.push({ org: o, depth });
    const kids = [...(children.get(o.id) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const c of kids) visit(c, depth + 1);
  };
  visit(
    orgs.find((o) => o.id === rootId),
    0,
  );
  return out;
}
