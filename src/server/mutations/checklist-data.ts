import type { Tx } from '../database/db.ts';
import { iso, one } from './records.ts';
import type { Goal } from '../../shared/checklist/template.ts';
import { goalsOrDefault } from '../../shared/checklist/rules.ts';

/**
 * Records of the responsibility checklist (docs/sync-protocol.md, "Record shapes in pull"): the
 * template is public at its district, so every organizer below reads it; an assessment goes to
 * organizers and admins of its branch and above only.
 */
export async function emitChecklistTemplate(tx: Tx, orgId: string): Promise<void> {
  const [t] = await tx.query<{
    id: string;
    org_id: string;
    goals: Goal[];
    user_id: string;
    created_at: Date;
    updated_at: Date;
  }>('SELECT * FROM checklist_templates WHERE org_id = $1', [orgId]);
  if (!t) return;
  tx.emit({
    type: 'checklist_template',
    id: t.id,
    audience: 'public',
    orgId: t.org_id,
    data: {
      id: t.id,
      orgId: t.org_id,
      goals: t.goals,
      userId: t.user_id,
      createdAt: iso(t.created_at),
      updatedAt: iso(t.updated_at),
    },
  });
}

export async function emitChecklistAssessment(tx: Tx, id: string): Promise<void> {
  const [a] = await tx.query<{
    id: string;
    org_id: string;
    period: string;
    indicator_id: string;
    value: number | null;
    evidence: string;
    user_id: string;
    author_name: string;
    created_at: Date;
    updated_at: Date;
  }>(
    `SELECT a.*, u.name AS author_name FROM checklist_assessments a JOIN users u ON u.id = a.user_id
      WHERE a.id = $1`,
    [id],
  );
  if (!a) return;
  const photos = await tx.query<{ id: string; mime: string }>(
    'SELECT id, mime FROM checklist_photos WHERE assessment_id = $1 ORDER BY position, created_at',
    [id],
  );
  tx.emit({
    type: 'checklist_assessment',
    id: a.id,
    audience: 'organizers',
    orgId: a.org_id,
    data: {
      id: a.id,
      orgId: a.org_id,
      period: a.period,
      indicatorId: a.indicator_id,
      value: a.value,
      evidence: a.evidence,
      photos: photos.map((p) => ({
        id: p.id,
        mime: p.mime,
        url: `/api/checklist/assessments/${a.id}/photos/${p.id}`,
      })),
      userId: a.user_id,
      authorName: a.author_name,
      createdAt: iso(a.created_at),
      updatedAt: iso(a.updated_at),
    },
  });
}

/** The goals the district above `orgId` uses: its saved template, else the shipped default. */
export async function districtGoals(tx: Tx, orgId: string): Promise<readonly Goal[]> {
  const t = await one<{ goals: Goal[] }>(
    tx,
    `SELECT t.goals FROM checklist_templates t JOIN orgs o ON t.org_id = o.path[1] WHERE o.id = $1`,
    [orgId],
  );
  return goalsOrDefault(t?.goals);
}
