import type { Tx } from '../database/db.ts';
import { isOrganizer, type Viewer } from '../auth/viewer.ts';
import { iso, one } from './records.ts';
import { Reject } from './types.ts';
import type { Stage } from '../../shared/recruitment/rules.ts';
import type { Lookup, PersonFacts } from '../../shared/recruitment/rules.ts';
import type {
  CandidateHistoryEntry,
  CandidateRecord,
  CandidateStepEntry,
} from '../../shared/recruitment/records.ts';

interface CandidateRow {
  id: string;
  org_id: string;
  name: string;
  phone: string | null;
  user_id: string | null;
  stage: Stage;
  applied_at: string;
  activist_at: string | null;
  target_at: string | null;
  probationary_at: string | null;
  full_at: string | null;
  contacts: string[];
  introducers: string[];
  steps: CandidateStepEntry[];
  history: CandidateHistoryEntry[];
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

// Dates as text: a `date` parsed into a JavaScript Date would shift with the server's time zone.
const SELECT = `SELECT id, org_id, name, phone, user_id, stage, applied_at::text, activist_at::text,
  target_at::text, probationary_at::text, full_at::text, contacts::text[], introducers::text[], steps, history,
  created_by, created_at, updated_at FROM candidates`;

export function candidateRecord(c: CandidateRow): CandidateRecord {
  return {
    id: c.id,
    orgId: c.org_id,
    name: c.name,
    phone: c.phone,
    userId: c.user_id,
    stage: c.stage,
    appliedAt: c.applied_at,
    activistAt: c.activist_at,
    targetAt: c.target_at,
    probationaryAt: c.probationary_at,
    fullAt: c.full_at,
    contacts: c.contacts,
    introducers: c.introducers,
    steps: c.steps,
    history: c.history,
    createdAt: iso(c.created_at),
    updatedAt: iso(c.updated_at),
  };
}

export async function loadCandidate(tx: Tx, id: string): Promise<CandidateRecord | undefined> {
  const row = await one<CandidateRow>(tx, `${SELECT} WHERE id = $1`, [id]);
  return row && candidateRecord(row);
}

/**
 * A candidate goes to organizers of its branch and above and to admins (audience `organizers`);
 * the stage alone goes to the candidate's own account, in a record of its own with no org, so
 * that nobody else receives it through it and they never see notes, contacts or introducers.
 */
export async function emitCandidate(tx: Tx, id: string): Promise<void> {
  const c = await loadCandidate(tx, id);
  if (!c) return;
  tx.emit({ type: 'candidate', id, audience: 'organizers', orgId: c.orgId, data: c });
  if (c.userId) {
    tx.emit({
      type: 'candidate_stage',
      id,
      audience: 'private',
      orgId: null,
      ownerId: c.userId,
      data: {
        id,
        userId: c.userId,
        stage: c.stage,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
      },
    });
  }
}

/**
 * The candidate an organizer acts on: others are `forbidden`; a candidate outside their subtree
 * is one they never pulled (`not_found`).
 */
export async function managedCandidate(
  tx: Tx,
  viewer: Viewer,
  id: string,
): Promise<CandidateRecord> {
  if (!isOrganizer(viewer)) {
    throw new Reject('forbidden', 'Only organizers of the branch or above keep its candidates.');
  }
  const c = await loadCandidate(tx, id);
  if (!c || !viewer.managedOrgs.includes(c.orgId)) {
    throw new Reject('not_found', 'No such candidate in your organisation.');
  }
  return c;
}

/** Roles and standing of the people named as contacts or introducers, for the shared rules. */
export async function peopleLookup(tx: Tx, ids: readonly string[]): Promise<Lookup> {
  const rows = ids.length
    ? await tx.query<{ id: string; roles: string[]; standing: string | null; disabled: boolean }>(
        'SELECT id, roles, standing, disabled FROM users WHERE id = ANY($1::uuid[])',
        [[...new Set(ids)]],
      )
    : [];
  const byId = new Map<string, PersonFacts>(rows.map((r) => [r.id, r]));
  // The server knows everyone: a name it cannot find is nobody, never "unknown".
  return (id) => byId.get(id);
}
