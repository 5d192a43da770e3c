import type { Tx } from '../database/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '../../shared/org/credit-code.ts';
import { emitFirm } from '../mutations/org-data.ts';
import { DEMO_FIRMS } from './firm-catalog.ts';
import { ago } from './dates.ts';
import { seededRandom } from './random.ts';
import type { DemoSeeder } from './seeders.ts';

/**
 * A unified social credit code that passes the GB 32100-2015 check: 9 (registered by market
 * regulation) 1 (enterprise), a six-digit area code, a nine-character organisation code, and the
 * check character. Made up, but well-formed, so the register and its form accept them.
 */
export function demoCreditCodes(n: number, seed = 5): string[] {
  const r = seededRandom(seed);
  const seen = new Set<string>();
  while (seen.size < n) {
    let body = '91320594';
    for (let i = 0; i < 8; i++) body += String(r.int(0, 9));
    body += r.pick([...CREDIT_CODE_ALPHABET]);
    seen.add(body + creditCodeCheckChar(body)!);
  }
  return [...seen];
}

/** The firm register (企业台账) of both parks, registered at their grids over the past months. */
export const seedFirms: DemoSeeder = async (tx: Tx, ids) => {
  const codes = demoCreditCodes(DEMO_FIRMS.length);
  for (const [i, f] of DEMO_FIRMS.entries()) {
    const at = ago(ids.now, 180 - i * 5);
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO firms (id, org_id, name, credit_code, coverage, branch_id, building, industry,
                          headcount, member_count, instructor_id, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
       RETURNING id`,
      [
        uuidv7(at.getTime()),
        ids.grids[f.grid],
        f.name,
        codes[i],
        f.coverage,
        f.branch ? ids.branches[f.branch] : null,
        f.building,
        f.industry,
        f.headcount,
        f.memberCount,
        f.instructor ? ids.instructors[f.instructor] : null,
        ids.users.admin,
        at,
      ],
    );
    await emitFirm(tx, row!.id);
  }
};
