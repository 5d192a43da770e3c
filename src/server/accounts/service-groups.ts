import type { Tx } from '../database/db.ts';
import { SERVICE_GROUPS } from '../../shared/groups.ts';
import { iso } from '../mutations/records.ts';

/** The usual time is the median over this many of the group's latest accepted requests. */
export const TYPICAL_SAMPLE = 20;
/** Fewer accepted requests than this say nothing yet: typicalHours stays null. */
export const MIN_SAMPLE = 3;

/**
 * Publishes service group `key` (type `service_group`, visible to everyone signed in): its staff
 * (staff accounts with the group, not disabled) and the median hours its latest requests waited
 * to be taken on, and its time limit (限时办结). Call it in the transaction that changes a user's roles or groups (for each
 * group before and after), and when one of the group's requests is accepted or resolved.
 */
export async function emitServiceGroup(tx: Tx, key: string): Promise<void> {
  const [row] = await tx.query<{
    id: string;
    staff: { id: string; name: string }[];
    typical: number | null;
    sample: number;
    limit_unit: 'hours' | 'workdays' | null;
    limit_amount: number | null;
  }>(
    `SELECT g.id, g.limit_unit, g.limit_amount,
            coalesce((SELECT jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id)
                        FROM users u
                       WHERE 'staff' = ANY(u.roles) AND g.key = ANY(u.groups) AND NOT u.disabled),
                     '[]'::jsonb) AS staff,
            w.typical, w.sample
       FROM service_groups g
       CROSS JOIN LATERAL (
         SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS typical,
                count(*)::int AS sample
           FROM (SELECT extract(epoch FROM (accepted_at - created_at)) / 3600 AS hours
                   FROM requests
                  WHERE category = g.key AND accepted_at IS NOT NULL
                  ORDER BY accepted_at DESC
                  LIMIT $2) recent
       ) w
      WHERE g.key = $1`,
    [key, TYPICAL_SAMPLE],
  );
  if (!row) return;
  const typicalHours =
    row.sample >= MIN_SAMPLE && row.typical !== null
      ? Math.round(Number(row.typical) * 10) / 10
      : null;
  tx.emit({
    type: 'service_group',
    id: row.id,
    audience: 'everyone',
    orgId: null,
    data: {
      id: row.id,
      key,
      staff: row.staff,
      typicalHours,
      sample: row.sample,
      timeLimit:
        row.limit_unit && row.limit_amount
          ? { unit: row.limit_unit, amount: row.limit_amount }
          : null,
      updatedAt: iso(new Date()),
    },
  });
}

/** Every group at once: after seeding, or when many accounts changed. */
export async function emitAllServiceGroups(tx: Tx): Promise<void> {
  for (const key of SERVICE_GROUPS) await emitServiceGroup(tx, key);
}
