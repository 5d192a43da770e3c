import type { MutationArgs } from '../../shared/mutations/index.ts';
import type { Coverage } from '../../shared/org/kinds.ts';
import { normalizeCreditCode } from '../../shared/org/credit-code.ts';
import type { FirmRecord } from '../../shared/org/records.ts';
import { creditCodeFeedback } from './credit-code-feedback.ts';

/** The firm form's fields as typed (numbers as text, so a half-typed value is kept). */
export interface FirmDraft {
  id: string;
  orgId: string;
  name: string;
  creditCode: string;
  coverage: Coverage;
  branchId: string;
  building: string;
  industry: string;
  headcount: string;
  memberCount: string;
  instructorId: string;
}

export type FirmFieldError = 'nameRequired' | 'credit' | 'branchRequired' | 'numberInvalid';
export type FirmErrors = Partial<Record<keyof FirmDraft, FirmFieldError>>;

export function draftOf(f: FirmRecord): FirmDraft {
  return {
    id: f.id,
    orgId: f.orgId,
    name: f.name,
    creditCode: f.creditCode,
    coverage: f.coverage,
    branchId: f.branchId ?? '',
    building: f.building ?? '',
    industry: f.industry ?? '',
    headcount: f.headcount === null ? '' : String(f.headcount),
    memberCount: f.memberCount === null ? '' : String(f.memberCount),
    instructorId: f.instructorId ?? '',
  };
}

const needsBranch = (c: Coverage) => c === 'own_branch' || c === 'joint_branch';
const count = (s: string) => (s.trim() === '' ? null : Number(s.trim()));
const badCount = (s: string) => s.trim() !== '' && !/^\d{1,7}$/.test(s.trim());

/** The form's errors, or the `firm.save` args when there are none. */
export function checkFirm(
  d: FirmDraft,
): { ok: true; args: MutationArgs<'firm.save'> } | { ok: false; errors: FirmErrors } {
  const errors: FirmErrors = {};
  if (!d.name.trim()) errors.name = 'nameRequired';
  if (creditCodeFeedback(d.creditCode).problem) errors.creditCode = 'credit';
  if (needsBranch(d.coverage) && !d.branchId) errors.branchId = 'branchRequired';
  if (badCount(d.headcount)) errors.headcount = 'numberInvalid';
  if (badCount(d.memberCount)) errors.memberCount = 'numberInvalid';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    args: {
      id: d.id,
      orgId: d.orgId,
      name: d.name.trim(),
      creditCode: normalizeCreditCode(d.creditCode),
      coverage: d.coverage,
      branchId: needsBranch(d.coverage) ? d.branchId : null,
      building: d.building.trim() || null,
      industry: d.industry.trim() || null,
      headcount: count(d.headcount),
      memberCount: count(d.memberCount),
    },
  };
}
