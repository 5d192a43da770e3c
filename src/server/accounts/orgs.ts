import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';

import type { OrgKind } from '../../shared/org/kinds.ts';

export type { OrgKind };

export function orgData(o: { id: string; parentId: string | null; name: string; kind: OrgKind }) {
  return { id: o.id, parentId: o.parentId, name: o.name, kind: o.kind };
}

/** Creates an org under its parent and publishes it (type `org`, visible at and below itself). */
export async function createOrg(
  tx: Tx,
  o: { id?: string; parentId: string | null; name: string; kind: OrgKind },
): Promise<string> {
  const id = o.id ?? uuidv7();
  let path: string[] = [id];
  if (o.parentId) {
    const parent = await tx.query<{ path: string[] }>('SELECT path FROM orgs WHERE id = $1', [
      o.parentId,
    ]);
    if (!parent[0]) throw new Error(`parent org ${o.parentId} not found`);
    path = [...parent[0].path, id];
  }
  await tx.query('INSERT INTO orgs (id, parent_id, name, kind, path) VALUES ($1, $2, $3, $4, $5)', [
    id,
    o.parentId,
    o.name,
    o.kind,
    path,
  ]);
  // An org record is public at itself: members below see their ancestors, organizers above see it too.
  tx.emit({ type: 'org', id, audience: 'public', orgId: id, data: orgData({ ...o, id }) });
  return id;
}
