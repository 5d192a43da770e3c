import { normalizeCreditCode } from '../../shared/org/credit-code.ts';
import type { Mutator } from './types.ts';

/** The register shows the edit at once; the server checks the credit code and its uniqueness. */
export const firmSave: Mutator<'firm.save'> = async (tx, args, { now }) => {
  const current = await tx.get('firms', args.id);
  await tx.put('firms', {
    id: args.id,
    orgId: args.orgId,
    name: args.name,
    creditCode: normalizeCreditCode(args.creditCode),
    coverage: args.coverage,
    branchId: args.branchId ?? null,
    building: args.building || null,
    industry: args.industry || null,
    headcount: args.headcount ?? null,
    memberCount: args.memberCount ?? null,
    instructorId: current?.instructorId ?? null,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  });
};
