import type { Queryable } from '../database/db.ts';
import {
  isPointRule,
  POINT_RULES,
  type PointRule,
  type PointRuleVersion,
} from '../../shared/points/rules.ts';

interface RuleRow {
  rule: string;
  effective_from: Date;
  points: number;
  daily_cap: number | null;
  monthly_cap: number | null;
}

const toVersion = (r: RuleRow & { rule: PointRule }): PointRuleVersion => ({
  rule: r.rule,
  category: POINT_RULES[r.rule],
  points: r.points,
  dailyCap: r.daily_cap,
  monthlyCap: r.monthly_cap,
  effectiveFrom: r.effective_from.toISOString(),
});

/** The version of `rule` in force at `at`: the latest one whose effective_from is not after it. */
export async function ruleInForce(
  q: Queryable,
  rule: PointRule,
  at: Date,
): Promise<PointRuleVersion | null> {
  const [row] = await q.query<RuleRow>(
    `SELECT * FROM point_rules WHERE rule = $1 AND effective_from <= $2
      ORDER BY effective_from DESC LIMIT 1`,
    [rule, at],
  );
  return row ? toVersion({ ...row, rule }) : null;
}

/** Every rule's version in force now, and the versions scheduled after now. */
export async function listRules(
  q: Queryable,
  now: Date,
): Promise<{ current: PointRuleVersion[]; scheduled: PointRuleVersion[] }> {
  const rows = await q.query<RuleRow>(`SELECT * FROM point_rules ORDER BY rule, effective_from`);
  const current = new Map<PointRule, PointRuleVersion>();
  const scheduled: PointRuleVersion[] = [];
  for (const r of rows) {
    if (!isPointRule(r.rule)) continue;
    const v = toVersion({ ...r, rule: r.rule });
    if (r.effective_from <= now) current.set(r.rule, v);
    else scheduled.push(v);
  }
  return { current: [...current.values()], scheduled };
}

export interface RuleChange {
  rule: string;
  points: number;
  dailyCap: number | null;
  monthlyCap: number | null;
  /** defaults to now; never before now, so a change cannot reach back over earned entries */
  effectiveFrom?: Date;
  by?: string | null;
}

export class RuleChangeError extends Error {}

/** Adds a new version of a rule. Past versions stay as they are; past entries are never touched. */
export async function setRule(
  q: Queryable,
  change: RuleChange,
  now: Date,
): Promise<PointRuleVersion> {
  if (!isPointRule(change.rule)) {
    throw new RuleChangeError(
      `Unknown rule "${change.rule}" (rules: ${Object.keys(POINT_RULES).join(', ')})`,
    );
  }
  const intOk = (n: number | null) => n === null || (Number.isInteger(n) && n >= 0 && n <= 1000);
  if (!intOk(change.points) || !intOk(change.dailyCap) || !intOk(change.monthlyCap)) {
    throw new RuleChangeError('Points and caps are whole numbers from 0 to 1000.');
  }
  const from = change.effectiveFrom ?? now;
  if (Number.isNaN(from.getTime())) throw new RuleChangeError('The effective date is not a date.');
  // A minute of slack for the clock of whoever typed it; anything earlier would re-rate the past.
  if (from.getTime() < now.getTime() - 60_000) {
    throw new RuleChangeError('A rule change takes effect now or later, never in the past.');
  }
  const [row] = await q.query<RuleRow>(
    `INSERT INTO point_rules (rule, effective_from, points, daily_cap, monthly_cap, created_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (rule, effective_from) DO UPDATE SET points = excluded.points,
       daily_cap = excluded.daily_cap, monthly_cap = excluded.monthly_cap, created_by = excluded.created_by
     RETURNING *`,
    [change.rule, from, change.points, change.dailyCap, change.monthlyCap, change.by ?? null],
  );
  return toVersion({ ...row!, rule: change.rule });
}
