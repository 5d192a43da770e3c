import { defineMutation, Reject } from './types.ts';
import { isOrganizer } from '../auth/viewer.ts';
import { one } from './records.ts';
import { audit } from '../accounts/audit.ts';
import { emitFirm } from './org-data.ts';
import { isValidCreditCode, normalizeCreditCode } from '../../shared/org/credit-code.ts';

const FIRM_COLUMNS = `id, org_id, name, credit_code, coverage, branch_id, building, industry,
  headcount, member_count, instructor_id`;

/**
 * A firm of the register (admin or organizer of `orgId` or above). The credit code must carry its
 * GB 32100-2015 check character and belong to no other firm; the firm's branch, when named, is a
 * branch inside `orgId`'s subtree.
 */
export default defineMutation({
  name: 'firm.save',
  async authorize({ tx, viewer }, args) {
    if (!isOrganizer(viewer) || !viewer.managedOrgs.includes(args.orgId)) {
      throw new Reject(
        'forbidden',
        'Only organizers of this organisation or above keep its firms.',
      );
    }
    const existing = await one<{ org_id: string }>(tx, 'SELECT org_id FROM firms WHERE id = $1', [
      args.id,
    ]);
    if (existing && !viewer.managedOrgs.includes(existing.org_id)) {
      throw new Reject('conflict', 'This id belongs to another record.');
    }
  },
  async apply({ tx, viewer, now }, args) {
    if (!isValidCreditCode(args.creditCode)) {
      throw new Reject(
        'invalid_credit_code',
        'The unified social credit code is not valid (18 characters with its check character).',
      );
    }
    const creditCode = normalizeCreditCode(args.creditCode);
    const other = await one<{ id: string }>(
      tx,
      'SELECT id FROM firms WHERE credit_code = $1 AND id <> $2',
      [creditCode, args.id],
    );
    if (other) throw new Reject('conflict', 'Another firm of the register has this credit code.');
    const branchId = args.branchId ?? null;
    if (branchId) {
      const branch = await one<{ kind: string; path: string[] }>(
        tx,
        'SELECT kind, path FROM orgs WHERE id = $1',
        [branchId],
      );
      if (!branch || branch.kind !== 'branch' || !branch.path.includes(args.orgId)) {
        throw new Reject(
          'invalid_request',
          "The firm's branch must be a branch inside its organisation.",
        );
      }
    }
    const before = await one<Record<string, unknown>>(
      tx,
      `SELECT ${FIRM_COLUMNS} FROM firms WHERE id = $1`,
      [args.id],
    );
    const fields = [
      args.orgId,
      args.name,
      creditCode,
      args.coverage,
      branchId,
      args.building ?? null,
      args.industry ?? null,
      args.headcount ?? null,
      args.memberCount ?? null,
    ];
    const written = await tx.query(
      `INSERT INTO firms (org_id, name, credit_code, coverage, branch_id, building, industry,
                          headcount, member_count, id, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
       ON CONFLICT (id) DO UPDATE SET org_id = excluded.org_id, name = excluded.name,
         credit_code = excluded.credit_code, coverage = excluded.coverage,
         branch_id = excluded.branch_id, building = excluded.building,
         industry = excluded.industry, headcount = excluded.headcount,
         member_count = excluded.member_count, updated_at = excluded.updated_at
       WHERE (firms.org_id, firms.name, firms.credit_code, firms.coverage, firms.branch_id,
              firms.building, firms.industry, firms.headcount, firms.member_count)
             IS DISTINCT FROM ($1, $2, $3, $4, $5::uuid, $6, $7, $8, $9)
       RETURNING id`,
      [...fields, args.id, viewer.id, now],
    );
    if (!written.length) return; // the same save again changes nothing
    await emitFirm(tx, args.id);
    await audit(tx, {
      actorId: viewer.id,
      action: 'firm.save',
      targetType: 'firm',
      targetId: args.id,
      orgId: args.orgId,
      before: before ?? undefined,
      after: await one(tx, `SELECT ${FIRM_COLUMNS} FROM firms WHERE id = $1`, [args.id]),
    });
  },
});
