import type { Queryable } from '../database/db.ts';
import {
  emptyCategoryPoints,
  rankByIndex,
  type RankedMember,
} from '../../shared/points/pioneer-index.ts';
import { monthBounds, type PointCategory } from '../../shared/points/rules.ts';

export interface PioneerRow extends RankedMember {
  orgName: string;
}

/**
 * The pioneer ranking of every member at `scopeOrg` and below for one CST month, members with no
 * points included (an organizer should see who has not taken part yet).
 */
export async function pioneerRanking(
  q: Queryable,
  scopeOrg: string,
  month: string,
): Promise<PioneerRow[]> {
  const { start, end } = monthBounds(month);
  const rows = await q.query<{
    user_id: string;
    name: string;
    org_name: string;
    category: PointCategory | null;
    points: number | null;
  }>(
    `SELECT u.id AS user_id, u.name, o.name AS org_name, e.category, e.points
       FROM users u
       JOIN orgs o ON o.id = u.org_id
       LEFT JOIN (SELECT user_id, category, sum(points)::int AS points FROM points_entries
                   WHERE earned_at >= $2 AND earned_at < $3 GROUP BY user_id, category) e
              ON e.user_id = u.id
      WHERE $1 = ANY(o.path) AND 'member' = ANY(u.roles) AND NOT u.disabled`,
    [scopeOrg, start, end],
  );
  const byUser = new Map<
    string,
    {
      userId: string;
      name: string;
      orgName: string;
      points: ReturnType<typeof emptyCategoryPoints>;
    }
  >();
  for (const r of rows) {
    let m = byUser.get(r.user_id);
    if (!m) {
      m = { userId: r.user_id, name: r.name, orgName: r.org_name, points: emptyCategoryPoints() };
      byUser.set(r.user_id, m);
    }
    if (r.category) m.points[r.category] += r.points ?? 0;
  }
  const orgOf = new Map([...byUser.values()].map((m) => [m.userId, m.orgName]));
  return rankByIndex([...byUser.values()]).map((m) => ({
    ...m,
    orgName: orgOf.get(m.userId) ?? '',
  }));
}

/** A spreadsheet cell: quoted, and a leading = + - @ defused so no spreadsheet runs it as a formula. */
function cell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** UTF-8 with BOM so spreadsheet programs on Chinese Windows read the names right. */
export function pioneersCsv(month: string, rows: PioneerRow[]): string {
  const head = [
    '月份',
    '排名',
    '姓名',
    '所在组织',
    '学习积分',
    '出勤积分',
    '服务积分',
    '总积分',
    '先锋指数',
  ];
  const lines = rows.map((r) =>
    [
      month,
      r.rank,
      r.name,
      r.orgName,
      r.points.learning,
      r.points.attendance,
      r.points.service,
      r.total,
      r.index.toFixed(1),
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[head.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
}
