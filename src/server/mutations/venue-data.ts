import type { Tx } from '../database/db.ts';
import { iso } from './records.ts';

/** Publishes a venue at its org (visible to everyone below). */
export async function emitVenue(tx: Tx, id: string): Promise<void> {
  const [v] = await tx.query<{
    id: string;
    org_id: string;
    name: string;
    capacity: number;
    location: string;
    opens_at: string;
    closes_at: string;
    active: boolean;
    created_at: Date;
    updated_at: Date;
  }>(
    `SELECT id, org_id, name, capacity, location, to_char(opens_at, 'HH24:MI') AS opens_at,
             to_char(closes_at, 'HH24:MI') AS closes_at, active, created_at, updated_at
        FROM venues WHERE id = $1`,
    [id],
  );
  if (!v) return;
  if (!v.active) {
    tx.emit({ type: 'venue', id, deleted: true });
    return;
  }
  tx.emit({
    type: 'venue',
    id,
    audience: 'public',
    orgId: v.org_id,
    data: {
      id,
      orgId: v.org_id,
      name: v.name,
      capacity: v.capacity,
      location: v.location,
      opensAt: v.opens_at,
      closesAt: v.closes_at,
      createdAt: iso(v.created_at),
      updatedAt: iso(v.updated_at),
    },
  });
}

export async function createVenue(
  tx: Tx,
  v: {
    id: string;
    orgId: string;
    name: string;
    capacity: number;
    location: string;
    opensAt?: string;
    closesAt?: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO venues (id, org_id, name, capacity, location, opens_at, closes_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [v.id, v.orgId, v.name, v.capacity, v.location, v.opensAt ?? '08:00', v.closesAt ?? '22:00'],
  );
  await emitVenue(tx, v.id);
}
