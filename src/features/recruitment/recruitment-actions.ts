import { db } from '../../db/db.ts';
import { uuidv7 } from '../../shared/ids.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { addMonths } from '../../shared/recruitment/dates.ts';
import {
  ACTIVIST_MONTHS,
  PROBATION_MONTHS,
  checkAdvance,
  checkStep,
  type Lookup,
  type Refusal,
} from '../../shared/recruitment/rules.ts';
import { mutate } from '../../sync/mutate.ts';

export const createCandidate = (args: Omit<MutationArgs<'candidate.create'>, 'id'>) =>
  mutate('candidate.create', { id: uuidv7(), ...args });

/** A refusal the phone found, with the earliest allowed date when it is about time. */
export interface LocalRefusal extends Refusal {
  earliest?: { kind: 'target' | 'full'; date: string };
}

async function localLookup(ids: readonly string[]): Promise<Lookup> {
  const rows = await db.memberAdmins.bulkGet([...new Set(ids)]);
  const byId = new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));
  // An account the phone does not hold is the server's to judge.
  return (id) => byId.get(id) ?? 'unknown';
}

/**
 * Moves a candidate on, checking the shared rules on the phone first (offline too): a step they
 * refuse is not queued, and the screen says why. The server checks again and decides.
 */
export async function advanceCandidate(
  args: MutationArgs<'candidate.advance'>,
): Promise<LocalRefusal | null> {
  const c = await db.candidates.get(args.candidateId);
  if (!c) return { code: 'not_found', message: 'No such candidate.' };
  const lookup = await localLookup([
    ...c.contacts,
    ...(args.contacts ?? []),
    ...(args.introducers ?? []),
  ]);
  const refusal = checkAdvance(c, args, lookup, new Date());
  if (refusal) {
    if (refusal.code === 'too_early' && args.to === 'target' && c.activistAt) {
      return {
        ...refusal,
        earliest: { kind: 'target', date: addMonths(c.activistAt, ACTIVIST_MONTHS) },
      };
    }
    if (refusal.code === 'too_early' && args.to === 'full' && c.probationaryAt) {
      return {
        ...refusal,
        earliest: { kind: 'full', date: addMonths(c.probationaryAt, PROBATION_MONTHS) },
      };
    }
    return refusal;
  }
  await mutate('candidate.advance', args);
  return null;
}

export async function recordStep(
  args: Omit<MutationArgs<'candidate.step'>, 'id'>,
): Promise<Refusal | null> {
  const c = await db.candidates.get(args.candidateId);
  if (!c) return { code: 'not_found', message: 'No such candidate.' };
  const refusal = checkStep(c, args, new Date());
  if (refusal) return refusal;
  await mutate('candidate.step', { id: uuidv7(), ...args });
  return null;
}
