import type { Tx } from '../database/db.ts';
import { iso } from './records.ts';

/**
 * Records of organisation work as pull sends them (docs/sync-protocol.md, "Record shapes in
 * pull"): the firm is public at its org and also goes to its instructor (owner); invites and join
 * requests go to organizers of the branch and above only.
 */
export async function emitFirm(tx: Tx, id: string): Promise<void> {
  const [f] = await tx.query<{
    id: string;
    org_id: string;
    name: string;
    credit_code: string;
    coverage: string;
    branch_id: string | null;
    building: string | null;
    industry: string | null;
    headcount: number | null;
    member_count: number | null;
    instructor_id: string | null;
    created_at: Date;
    updated_at: Date;
  }>(`SELECT * FROM firms WHERE id = $1`, [id]);
  if (!f) return;
  tx.emit({
    type: 'firm',
    id,
    audience: 'public',
    orgId: f.org_id,
    ownerId: f.instructor_id,
    data: {
      id,
      orgId: f.org_id,
      name: f.name,
      creditCode: f.credit_code,
      coverage: f.coverage,
      branchId: f.branch_id,
      building: f.building,
      industry: f.industry,
      headcount: f.headcount,
      memberCount: f.member_count,
      instructorId: f.instructor_id,
      createdAt: iso(f.created_at),
      updatedAt: iso(f.updated_at),
    },
  });
}

export async function emitInvite(tx: Tx, id: string): Promise<void> {
  const [i] = await tx.query<{
    id: string;
    org_id: string;
    code: string;
    expires_at: Date;
    revoked_at: Date | null;
    user_id: string;
    uses: number;
    created_at: Date;
    updated_at: Date;
  }>(
    `SELECT i.*, (SELECT count(*)::int FROM join_requests j WHERE j.invite_id = i.id) AS uses
       FROM invites i WHERE i.id = $1`,
    [id],
  );
  if (!i) return;
  tx.emit({
    type: 'invite',
    id,
    audience: 'organizers',
    orgId: i.org_id,
    data: {
      id,
      orgId: i.org_id,
      code: i.code,
      expiresAt: iso(i.expires_at),
      revokedAt: i.revoked_at ? iso(i.revoked_at) : null,
      userId: i.user_id,
      uses: i.uses,
      createdAt: iso(i.created_at),
      updatedAt: iso(i.updated_at),
    },
  });
}

/**
 * A join request. `activation` is the one-time code an approval made, with its expiry; every later
 * emit (the code used, or replaced by a reset) passes none, which clears it.
 */
export async function emitJoinRequest(
  tx: Tx,
  id: string,
  activation?: { code: string; expiresAt: Date },
): Promise<void> {
  const [j] = await tx.query<{
    id: string;
    invite_id: string;
    org_id: string;
    name: string;
    phone: string;
    firm: string | null;
    standing: string;
    status: string;
    note: string | null;
    decided_at: Date | null;
    decided_by: string | null;
    member_id: string | null;
    created_at: Date;
    updated_at: Date;
  }>(`SELECT * FROM join_requests WHERE id = $1`, [id]);
  if (!j) return;
  tx.emit({
    type: 'join_request',
    id,
    audience: 'organizers',
    orgId: j.org_id,
    data: {
      id,
      inviteId: j.invite_id,
      orgId: j.org_id,
      name: j.name,
      phone: j.phone,
      firm: j.firm,
      standing: j.standing,
      status: j.status,
      note: j.note,
      decidedAt: j.decided_at ? iso(j.decided_at) : null,
      decidedBy: j.decided_by,
      memberId: j.member_id,
      activationCode: activation?.code ?? null,
      activationExpiresAt: activation ? iso(activation.expiresAt) : null,
      createdAt: iso(j.created_at),
      updatedAt: iso(j.updated_at),
    },
  });
}

/** The join requests that made an account: their code is cleared once used or replaced. */
export async function clearJoinCodes(tx: Tx, userId: string): Promise<void> {
  const rows = await tx.query<{ id: string }>(`SELECT id FROM join_requests WHERE member_id = $1`, [
    userId,
  ]);
  for (const r of rows) await emitJoinRequest(tx, r.id);
}
