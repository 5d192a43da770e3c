import type { Queryable } from '../database/db.ts';

export interface AuditRow {
  actorId: string | null;
  /** the mutation or endpoint: `org.save`, `import`, `join`, `activate`, ... */
  action: string;
  targetType: string;
  targetId: string | null;
  orgId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * One row of the audit log, written in the caller's transaction: a change and its record stand or
 * fall together. Never put a password, token or activation code in before/after.
 */
export async function audit(q: Queryable, r: AuditRow): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (actor_id, action, target_type, target_id, org_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
    [
      r.actorId,
      r.action,
      r.targetType,
      r.targetId,
      r.orgId,
      r.before === undefined ? null : JSON.stringify(r.before),
      r.after === undefined ? null : JSON.stringify(r.after),
    ],
  );
}
