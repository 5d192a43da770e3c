import type { Tx } from '../database/db.ts';
import type { VisitKind } from '../../shared/visits/rules.ts';
import { iso, one } from './records.ts';
import type { Viewer } from '../auth/viewer.ts';

export const visitPhotoUrl = (visitId: string, photoId: string) =>
  `/api/visits/${visitId}/photos/${photoId}`;

/**
 * Who may read a visit and its photos: exactly those pull sends it to (its owner, the firm's
 * instructor at the time or else its author, and the organizers above the firm, admins included).
 */
export const canReadVisit = (
  v: Viewer,
  row: { instructor_id: string | null; user_id: string; org_id: string },
) => (row.instructor_id ?? row.user_id) === v.id || v.managedOrgs.includes(row.org_id);

/**
 * Records of instructors' work (docs/sync-protocol.md, "Record shapes in pull"). A visit goes to
 * the firm's instructor at the time (its owner; the author when the firm had none) and to the
 * organizers above the firm, admins included; never to members or staff. The problems it raised
 * are ordinary requests, seen by their service group as any other.
 */
export async function emitVisit(tx: Tx, id: string): Promise<void> {
  const v = await one<{
    id: string;
    firm_id: string;
    firm_name: string;
    org_id: string;
    user_id: string;
    author_name: string;
    instructor_id: string | null;
    at: Date;
    kind: VisitKind;
    notes: string;
    met: string | null;
    answers: { questionId: string; question: string; answer: string }[];
    created_at: Date;
    updated_at: Date;
  }>(
    tx,
    `SELECT v.*, f.name AS firm_name, u.name AS author_name
       FROM visits v JOIN firms f ON f.id = v.firm_id JOIN users u ON u.id = v.user_id
      WHERE v.id = $1`,
    [id],
  );
  if (!v) return;
  const requests = await tx.query<{ id: string }>(
    'SELECT id FROM requests WHERE visit_id = $1 ORDER BY created_at, id',
    [id],
  );
  const photos = await tx.query<{ id: string; mime: string }>(
    'SELECT id, mime FROM visit_photos WHERE visit_id = $1 ORDER BY position',
    [id],
  );
  tx.emit({
    type: 'visit',
    id,
    audience: 'organizers',
    orgId: v.org_id,
    ownerId: v.instructor_id ?? v.user_id,
    data: {
      id,
      firmId: v.firm_id,
      firmName: v.firm_name,
      orgId: v.org_id,
      userId: v.user_id,
      authorName: v.author_name,
      instructorId: v.instructor_id,
      at: iso(v.at),
      kind: v.kind,
      notes: v.notes,
      met: v.met,
      answers: v.answers,
      requestIds: requests.map((r) => r.id),
      photos: photos.map((p) => ({ id: p.id, mime: p.mime, url: visitPhotoUrl(id, p.id) })),
      createdAt: iso(v.created_at),
      updatedAt: iso(v.updated_at),
    },
  });
}

/** A work log goes to its instructor and the organizers above the instructor's org. */
export async function emitWorklog(tx: Tx, id: string): Promise<void> {
  const w = await one<{
    id: string;
    user_id: string;
    author_name: string;
    org_id: string;
    month: string;
    body: string;
    status: 'draft' | 'submitted';
    submitted_at: Date | null;
    created_at: Date;
    updated_at: Date;
  }>(
    tx,
    `SELECT w.*, u.name AS author_name FROM worklogs w JOIN users u ON u.id = w.user_id WHERE w.id = $1`,
    [id],
  );
  if (!w) return;
  tx.emit({
    type: 'worklog',
    id,
    audience: 'organizers',
    orgId: w.org_id,
    ownerId: w.user_id,
    data: {
      id,
      userId: w.user_id,
      authorName: w.author_name,
      orgId: w.org_id,
      month: w.month,
      body: w.body,
      status: w.status,
      submittedAt: w.submitted_at ? iso(w.submitted_at) : null,
      createdAt: iso(w.created_at),
      updatedAt: iso(w.updated_at),
    },
  });
}

/** Public at its district: every instructor and organizer below reads the interval and the form. */
export async function emitVisitSettings(tx: Tx, orgId: string): Promise<void> {
  const s = await one<{
    org_id: string;
    interval_days: number;
    questions: { id: string; text: string }[];
    created_at: Date;
    updated_at: Date;
  }>(tx, 'SELECT * FROM visit_settings WHERE org_id = $1', [orgId]);
  if (!s) return;
  tx.emit({
    type: 'visit_settings',
    id: orgId,
    audience: 'public',
    orgId,
    data: {
      id: orgId,
      orgId,
      intervalDays: s.interval_days,
      questions: s.questions,
      createdAt: iso(s.created_at),
      updatedAt: iso(s.updated_at),
    },
  });
}
