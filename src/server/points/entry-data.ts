import type { Tx } from '../database/db.ts';
import type { PointsEntryRecord } from '../../shared/records.ts';

interface EntryRow {
  id: string;
  user_id: string;
  org_id: string;
  rule: string;
  category: PointsEntryRecord['category'];
  points: number;
  capped: boolean;
  source_type: string;
  source_id: string;
  hours: number | null;
  note: string | null;
  earned_at: Date;
  created_at: Date;
}

/**
 * Emits a ledger entry to pull: private, owned by the member, at the member's org, so the member
 * and the organizers managing that org receive it and nobody else (docs/sync-protocol.md pull rule 2).
 */
export async function emitPointsEntry(tx: Tx, id: string): Promise<void> {
  const [e] = await tx.query<EntryRow>(`SELECT * FROM points_entries WHERE id = $1`, [id]);
  if (!e) return;
  const data = {
    id: e.id,
    userId: e.user_id,
    rule: e.rule,
    points: e.points,
    category: e.category,
    sourceType: e.source_type,
    sourceId: e.source_id,
    earnedAt: e.earned_at.toISOString(),
    capped: e.capped,
    note: e.note,
    hours: e.hours === null ? null : Number(e.hours),
    createdAt: e.created_at.toISOString(),
    updatedAt: e.created_at.toISOString(),
  } satisfies PointsEntryRecord;
  tx.emit({
    type: 'points_entry',
    id: e.id,
    audience: 'private',
    orgId: e.org_id,
    ownerId: e.user_id,
    data,
  });
}
