import { defineMutation, Reject } from './types.ts';
import { isAdmin } from '../auth/viewer.ts';
import { one } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { orgData, type OrgKind } from '../accounts/orgs.ts';
import { mayHoldChild } from '../../shared/org/kinds.ts';
import { onlyOn, resetSight } from '../accounts/sight.ts';

interface OrgRow {
  id: string;
  parent_id: string | null;
  name: string;
  kind: OrgKind;
  path: string[];
}

const loadOrg = (tx: Parameters<typeof one>[0], id: string) =>
  one<OrgRow>(tx, 'SELECT id, parent_id, name, kind, path FROM orgs WHERE id = $1', [id]);

/**
 * Adds, renames or moves a node of the tree (admin of an ancestor). A move rewrites `path` of the
 * whole subtree; everyone below then has another orgPath, which is part of the pull cursor's
 * visibility hash, so their next pull answers `reset` and brings what the new ancestors publish
 * (docs/sync-protocol.md, pull rule 5). So do the organizers above the old place or the new one
 * but not both (resetSight): their own visibility hash did not change, what they manage did.
 */
export default defineMutation({
  name: 'org.save',
  async authorize({ tx, viewer }, args) {
    if (!isAdmin(viewer)) throw new Reject('forbidden', 'Only administrators change the tree.');
    // No second root: a node always has a parent the admin manages.
    if (!args.parentId || !viewer.managedOrgs.includes(args.parentId)) {
      throw new Reject('forbidden', 'You may only add nodes below an organisation you manage.');
    }
    const existing = await loadOrg(tx, args.id);
    // Strictly above: an admin does not rename or move their own node.
    if (existing && (!viewer.managedOrgs.includes(existing.id) || existing.id === viewer.orgId)) {
      throw new Reject('forbidden', 'Only an administrator above this node may change it.');
    }
  },
  async apply({ tx, viewer }, args) {
    const parent = await loadOrg(tx, args.parentId!);
    if (!parent) throw new Reject('not_found', 'No such parent organisation.');
    if (!mayHoldChild(parent.kind, args.kind)) {
      throw new Reject('invalid_request', `A ${args.kind} cannot sit under a ${parent.kind}.`);
    }
    if (parent.path.includes(args.id)) {
      throw new Reject('invalid_request', 'A node cannot move under itself or its own descendant.');
    }
    const existing = await loadOrg(tx, args.id);
    if (!existing) {
      const path = [...parent.path, args.id];
      await tx.query(
        'INSERT INTO orgs (id, parent_id, name, kind, path) VALUES ($1, $2, $3, $4, $5)',
        [args.id, parent.id, args.name, args.kind, path],
      );
      tx.emit({
        type: 'org',
        id: args.id,
        audience: 'public',
        orgId: args.id,
        data: orgData(args),
      });
      await audit(tx, {
        actorId: viewer.id,
        action: 'org.save',
        targetType: 'org',
        targetId: args.id,
        orgId: args.id,
        after: orgData(args),
      });
      return;
    }
    if (
      existing.parent_id === args.parentId &&
      existing.name === args.name &&
      existing.kind === args.kind
    ) {
      return; // the same save again changes nothing
    }
    if (existing.kind !== args.kind) {
      const children = await tx.query<{ kind: OrgKind }>(
        'SELECT DISTINCT kind FROM orgs WHERE parent_id = $1',
        [args.id],
      );
      const misfit = children.find((c) => !mayHoldChild(args.kind, c.kind));
      if (misfit) {
        throw new Reject('invalid_request', `A ${args.kind} cannot hold a ${misfit.kind}.`);
      }
    }
    await tx.query('UPDATE orgs SET parent_id = $2, name = $3, kind = $4 WHERE id = $1', [
      args.id,
      args.parentId,
      args.name,
      args.kind,
    ]);
    const moved = existing.parent_id !== args.parentId;
    if (moved) {
      // Every node of the subtree keeps its path below the moved node, under the new parent's path.
      await tx.query(
        `UPDATE orgs SET path = $2::uuid[] || path[array_position(path, $1::uuid):]
          WHERE $1::uuid = ANY(path)`,
        [args.id, parent.path],
      );
      // Organizers above the old place only lose the subtree, those above the new place only
      // gain it with versions their cursors have passed: both start again (pull rule 5).
      const oldParentPath = existing.path.slice(0, -1);
      await resetSight(tx, onlyOn(oldParentPath, parent.path), onlyOn(parent.path, oldParentPath));
    }
    const changed = await tx.query<OrgRow>(
      moved
        ? 'SELECT id, parent_id, name, kind, path FROM orgs WHERE $1::uuid = ANY(path)'
        : 'SELECT id, parent_id, name, kind, path FROM orgs WHERE id = $1',
      [args.id],
    );
    for (const o of changed) {
      tx.emit({
        type: 'org',
        id: o.id,
        audience: 'public',
        orgId: o.id,
        data: orgData({ id: o.id, parentId: o.parent_id, name: o.name, kind: o.kind }),
      });
    }
    await audit(tx, {
      actorId: viewer.id,
      action: 'org.save',
      targetType: 'org',
      targetId: args.id,
      orgId: args.id,
      before: orgData({
        id: existing.id,
        parentId: existing.parent_id,
        name: existing.name,
        kind: existing.kind,
      }),
      after: orgData(args),
    });
  },
});
