import type { Tx } from '../database/db.ts';
import type { ReviewOutcome } from '../../shared/visits/duties.ts';
import { iso, one } from './records.ts';

/**
 * Records of the instructor's discussions and yearly reviews (docs/sync-protocol.md, "Record
 * shapes in pull"). A discussion goes where its firms' visits go: to its instructor (the owner)
 * and to the organizers above all its firms (`org_id`, the nearest org above every one of them),
 * admins included. A review goes to the instructor and the organizers above the instructor's org.
 */
export async function emitDiscussion(tx: Tx, id: string): Promise<void> {
  const d = await one<{
    id: string;
    instructor_id: string;
    instructor_name: string;
    org_id: string;
    user_id: string;
    author_name: string;
    at: Date;
    place: string;
    topic: string;
    firm_ids: string[];
    notes: string;
    held: boolean;
    created_at: Date;
    updated_at: Date;
  }>(
    tx,
    `SELECT d.*, i.name AS instructor_name, u.name AS author_name
       FROM discussions d JOIN users i ON i.id = d.instructor_id JOIN users u ON u.id = d.user_id
      WHERE d.id = $1`,
    [id],
  );
  if (!d) return;
  const firms = await tx.query<{ id: string; name: string }>(
    'SELECT id, name FROM firms WHERE id = ANY($1::uuid[])',
    [d.firm_ids],
  );
  const name = new Map(firms.map((f) => [f.id, f.name]));
  tx.emit({
    type: 'discussion',
    id,
    audience: 'organizers',
    orgId: d.org_id,
    ownerId: d.instructor_id,
    data: {
      id,
      instructorId: d.instructor_id,
      instructorName: d.instructor_name,
      orgId: d.org_id,
      at: iso(d.at),
      place: d.place,
      topic: d.topic,
      firmIds: d.firm_ids,
      firmNames: d.firm_ids.map((f) => name.get(f) ?? ''),
      notes: d.notes,
      held: d.held,
      userId: d.user_id,
      authorName: d.author_name,
      createdAt: iso(d.created_at),
      updatedAt: iso(d.updated_at),
    },
  });
}

export async function emitInstructorReview(tx: Tx, id: string): Promise<void> {
  const r = await one<{
    id: string;
    year: number;
    instructor_id: string;
    instructor_name: string;
    org_id: string;
    outcome: ReviewOutcome;
    notes: string;
    user_id: string;
    reviewer_name: string;
    created_at: Date;
    updated_at: Date;
  }>(
    tx,
    `SELECT r.*, i.name AS instructor_name, u.name AS reviewer_name
       FROM instructor_reviews r JOIN users i ON i.id = r.instructor_id JOIN users u ON u.id = r.user_id
      WHERE r.id = $1`,
    [id],
  );
  if (!r) return;
  tx.emit({
    type: 'instructor_review',
    id,
    audience: 'organizers',
    orgId: r.org_id,
    ownerId: r.instructor_id,
    data: {
      id,
      year: r.year,
      instructorId: r.instructor_id,
      instructorName: r.instructor_name,
      orgId: r.org_id,
      outcome: r.outcome,
      notes: r.notes,
      userId: r.user_id,
      reviewerName: r.reviewer_name,
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    },
  });
}

/** The nearest org above all of `paths` (each root first, ending with the org itself). */
export function nearestCommon(paths: readonly (readonly string[])[]): string | null {
  const [first, ...rest] = paths;
  if (!first) return null;
  let n = first.length;
  for (const p of rest) {
    let i = 0;
    while (i < n && i < p.length && p[i] === first[i]) i++;
    n = i;
  }
  return n > 0 ? first[n - 1]! : null;
}
