import type { Tx } from '../database/db.ts';
import type { Viewer } from '../auth/viewer.ts';
import { audit } from './audit.ts';

/**
 * Candidates (发展党员) are sensitive: every time their records leave the server for a device,
 * one audit row says who received which, per org (docs/organisation.md, "Recruitment"). The
 * list itself is read from the phone's own copy, offline too, so the delivery is the read the
 * server can vouch for: a changed app cannot skip it, as it could skip a "list opened" report.
 */
export async function auditCandidateReads(
  tx: Tx,
  viewer: Viewer,
  clientId: string,
  page: readonly {
    type: string;
    id: string;
    deleted: boolean;
    data: Record<string, unknown> | null;
  }[],
): Promise<void> {
  const byOrg = new Map<string, string[]>();
  for (const r of page) {
    if (r.type !== 'candidate' || r.deleted || !r.data) continue;
    const org = String(r.data.orgId);
    byOrg.set(org, [...(byOrg.get(org) ?? []), r.id]);
  }
  for (const [orgId, ids] of byOrg) {
    await audit(tx, {
      actorId: viewer.id,
      action: 'candidate.read',
      targetType: 'candidate',
      targetId: null,
      orgId,
      after: { clientId, count: ids.length, candidates: ids },
    });
  }
}
