import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import {
  dayBounds,
  monthBounds,
  monthKey,
  POINT_RULES,
  type PointRule,
  type PointSourceType,
} from '../../shared/points/rules.ts';
import { ruleInForce } from './rules.ts';
import { emitPointsEntry } from './entry-data.ts';

export interface AwardInput {
  userId: string;
  rule: PointRule;
  sourceType: PointSourceType;
  sourceId: string;
  /** server time of the fact (never the phone's): it picks the rule version, day and month */
  at: Date;
  /** the member's org; looked up when omitted */
  orgId?: string;
  /** volunteer_hours: the hours confirmed; points = rule points × hours */
  hours?: number;
  note?: string | null;
}

export interface AwardResult {
  entryId: string;
  points: number;
  capped: boolean;
}

/**
 * Awards the points a confirmed fact earns, inside the transaction that records the fact, and
 * emits the ledger entry to pull. Returns null when nothing was written: the same (member, rule,
 * source) earned already (a replay, a duplicate push, a second replica), or the rule gives nothing.
 *
 * Every caller passes the record the fact lives in as source, so the unique key
 * (user_id, rule, source_id) makes "earned once" a property of the database, not of the caller.
 */
export async function awardPoints(tx: Tx, input: AwardInput): Promise<AwardResult | null> {
  const { userId, rule, sourceType, sourceId, at } = input;
  // Serialises the awards of one member (any replica): the cap sum below must see every entry
  // committed before ours, and READ COMMITTED gives each statement after the lock a fresh snapshot.
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('points:' || $1::text, 0))`, [
    userId,
  ]);
  const version = await ruleInForce(tx, rule, at);
  if (!version || version.points === 0) return null;

  const already = await tx.query(
    `SELECT 1 FROM points_entries WHERE user_id = $1 AND rule = $2 AND source_id = $3`,
    [userId, rule, sourceId],
  );
  if (already.length) return null;

  const base = Math.round(version.points * (input.hours ?? 1));
  let points = base;
  // Caps count what this rule already gave the member in the fact's CST day and month.
  if (version.dailyCap !== null) {
    const day = dayBounds(at);
    points = Math.min(points, version.dailyCap - (await earned(tx, userId, rule, day)));
  }
  if (version.monthlyCap !== null) {
    const month = monthBounds(monthKey(at));
    points = Math.min(points, version.monthlyCap - (await earned(tx, userId, rule, month)));
  }
  points = Math.max(0, points);

  const orgId =
    input.orgId ??
    (await tx.query<{ org_id: string }>(`SELECT org_id FROM users WHERE id = $1`, [userId]))[0]
      ?.org_id;
  if (!orgId) return null;
  const id = uuidv7();
  // ON CONFLICT DO NOTHING: the unique key is the last word even if a caller skipped the lock.
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO points_entries (id, user_id, org_id, rule, category, points, capped, source_type,
                                 source_id, rule_from, hours, note, earned_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
     ON CONFLICT (user_id, rule, source_id) DO NOTHING RETURNING id`,
    [
      id,
      userId,
      orgId,
      rule,
      POINT_RULES[rule],
      points,
      points < base,
      sourceType,
      sourceId,
      version.effectiveFrom,
      input.hours ?? null,
      input.note ?? null,
      at,
    ],
  );
  if (!inserted.length) return null;
  await emitPointsEntry(tx, id);
  return { entryId: id, points, capped: points < base };
}

async function earned(
  tx: Tx,
  userId: string,
  rule: string,
  range: { start: Date; end: Date },
): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `SELECT coalesce(sum(points), 0)::int AS n FROM points_entries
      WHERE user_id = $1 AND rule = $2 AND earned_at >= $3 AND earned_at < $4`,
    [userId, rule, range.start, range.end],
  );
  return row?.n ?? 0;
}
