import type { Queryable } from '../database/db.ts';
import type { AuditEntry, AuditPage } from '../../shared/org/api.ts';

/**
 * Newest first; `before` pages back by id. `scope` null reads everything (admins); otherwise only
 * rows about the given orgs (an organizer's subtree).
 */
export async function auditPage(
  q: Queryable,
  scope: string[] | null,
  before: number | null,
  limit: number,
): Promise<AuditPage> {
  const rows = await q.query<{
    id: number;
    at: Date;
    actor_id: string | null;
    actor_name: string | null;
    action: string;
    target_type: string;
    target_id: string | null;
    org_id: string | null;
    before: unknown;
    after: unknown;
  }>(
    `SELECT a.id, a.at, a.actor_id, u.name AS actor_name, a.action, a.target_type, a.target_id,
            a.org_id, a.before, a.after
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
      WHERE ($1::uuid[] IS NULL OR a.org_id = ANY($1::uuid[]))
        AND ($2::bigint IS NULL OR a.id < $2)
      ORDER BY a.id DESC LIMIT $3`,
    [scope, before, limit + 1],
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const entries: AuditEntry[] = page.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    orgId: r.org_id,
    before: r.before,
    after: r.after,
  }));
  return { entries, nextBefore: more ? entries.at(-1)!.id : null };
}

/** A spreadsheet cell: quoted, and a leading = + - @ defused so no spreadsheet runs it as a formula. */
function cell(v: unknown): string {
  let s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** UTF-8 with BOM so spreadsheet programs on Chinese Windows read the names right. */
export function auditCsv(entries: AuditEntry[]): string {
  const head = [
    'id',
    'at',
    'actorId',
    'actorName',
    'action',
    'targetType',
    'targetId',
    'orgId',
    'before',
    'after',
  ];
  const lines = entries.map((e) =>
    [
      e.id,
      e.at,
      e.actorId,
      e.actorName,
      e.action,
      e.targetType,
      e.targetId,
      e.orgId,
      e.before,
      e.after,
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[head.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
}
