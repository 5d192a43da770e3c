import type { Tx } from '../database/db.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { FlowingRecord, TransferRecord } from '../../shared/transfers/records.ts';
import type { TransferStep } from '../../shared/transfers/rules.ts';
import { iso, one } from './records.ts';

/**
 * Flowing registrations and transfer cases: their rows and how they are published. Both are
 * sensitive (docs/organisation.md, "Flowing members and transfers"): audience `organizers`, so only
 * the organizers of the org (and of the second org, for a transfer) and above, admins, and the
 * member they are about (`ownerId`) receive them.
 */

export interface FlowingRow {
  id: string;
  user_id: string;
  host_org_id: string;
  home_org: string;
  since: string;
  until: string | null;
  contact: string;
  status: FlowingRecord['status'];
  note: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  created_at: Date;
  updated_at: Date;
  member_name: string;
  host_name: string;
}

export const loadFlowing = (tx: Tx, id: string) =>
  one<FlowingRow>(
    tx,
    `SELECT f.id, f.user_id, f.host_org_id, f.home_org, to_char(f.since, 'YYYY-MM-DD') AS since,
            to_char(f.until, 'YYYY-MM-DD') AS until, f.contact, f.status, f.note, f.decided_by,
            f.decided_at, f.created_at, f.updated_at, u.name AS member_name, o.name AS host_name
       FROM flowing_members f JOIN users u ON u.id = f.user_id JOIN orgs o ON o.id = f.host_org_id
      WHERE f.id = $1`,
    [id],
  );

export async function emitFlowing(tx: Tx, id: string): Promise<void> {
  const f = await loadFlowing(tx, id);
  if (!f) return;
  tx.emit({
    type: 'flowing',
    id,
    audience: 'organizers',
    orgId: f.host_org_id,
    ownerId: f.user_id,
    data: {
      id,
      userId: f.user_id,
      memberName: f.member_name,
      hostOrgId: f.host_org_id,
      hostName: f.host_name,
      homeOrg: f.home_org,
      since: f.since,
      until: f.until,
      contact: f.contact,
      status: f.status,
      note: f.note,
      decidedBy: f.decided_by,
      decidedAt: f.decided_at ? iso(f.decided_at) : null,
      createdAt: iso(f.created_at),
      updatedAt: iso(f.updated_at),
    },
  });
}

export interface TransferRow {
  id: string;
  direction: TransferRecord['direction'];
  member_id: string | null;
  member_name: string;
  from_org_id: string | null;
  from_text: string | null;
  to_org_id: string | null;
  to_text: string | null;
  stage: TransferRecord['stage'];
  letter_no: string | null;
  placed_org_id: string | null;
  note: string | null;
  steps: TransferStep[];
  created_by: string;
  created_at: Date;
  updated_at: Date;
  from_name: string | null;
  to_name: string | null;
  placed_name: string | null;
}

export const loadTransfer = (tx: Tx, id: string) =>
  one<TransferRow>(
    tx,
    `SELECT t.*, f.name AS from_name, o.name AS to_name, p.name AS placed_name
       FROM transfers t LEFT JOIN orgs f ON f.id = t.from_org_id
       LEFT JOIN orgs o ON o.id = t.to_org_id LEFT JOIN orgs p ON p.id = t.placed_org_id
      WHERE t.id = $1`,
    [id],
  );

/** Goes to the organizers of both sides (the second through `org2Id`) and to the member. */
export async function emitTransfer(tx: Tx, id: string): Promise<void> {
  const t = await loadTransfer(tx, id);
  if (!t) return;
  const orgId = t.from_org_id ?? t.to_org_id;
  tx.emit({
    type: 'transfer',
    id,
    audience: 'organizers',
    orgId,
    org2Id: t.from_org_id && t.to_org_id ? t.to_org_id : null,
    ownerId: t.member_id,
    data: {
      id,
      direction: t.direction,
      memberId: t.member_id,
      memberName: t.member_name,
      fromOrgId: t.from_org_id,
      fromText: t.from_text,
      toOrgId: t.to_org_id,
      toText: t.to_text,
      fromName: t.from_name,
      toName: t.to_name,
      placedName: t.placed_name,
      stage: t.stage,
      letterNo: t.letter_no,
      placedOrgId: t.placed_org_id,
      note: t.note,
      steps: t.steps,
      userId: t.created_by,
      createdAt: iso(t.created_at),
      updatedAt: iso(t.updated_at),
    },
  });
}

/** The viewer manages `orgId` (organizer or admin of it or above). */
export const manages = (viewer: Viewer, orgId: string | null): orgId is string =>
  orgId !== null && viewer.managedOrgs.includes(orgId);

export async function orgKind(
  tx: Tx,
  id: string,
): Promise<{ kind: string; path: string[] } | undefined> {
  return one<{ kind: string; path: string[] }>(tx, 'SELECT kind, path FROM orgs WHERE id = $1', [
    id,
  ]);
}
