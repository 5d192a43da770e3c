import type { Mutator } from './types.ts';
import { chinaDate } from '../../shared/recruitment/dates.ts';
import { normalizePhone } from '../../shared/org/phone.ts';

/** A new applicant shows at once; the server links an account with the same phone, if any. */
export const candidateCreate: Mutator<'candidate.create'> = async (tx, args, { now }) => {
  if (await tx.get('candidates', args.id)) return;
  await tx.put('candidates', {
    id: args.id,
    orgId: args.orgId,
    name: args.name,
    phone: args.phone?.trim() ? normalizePhone(args.phone) : null,
    userId: null,
    stage: 'applicant',
    appliedAt: chinaDate(args.appliedAt),
    activistAt: null,
    targetAt: null,
    probationaryAt: null,
    fullAt: null,
    contacts: [],
    introducers: [],
    steps: [],
    history: [],
    createdAt: now,
    updatedAt: now,
  });
};
