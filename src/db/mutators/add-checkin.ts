import { uuidv7 } from '../../shared/ids.ts';
import type { CheckinRecord } from '../../shared/records.ts';
import type { MutatorTx } from '../overlay.ts';

/** A member checks in once per event (docs/sync-protocol.md check-in): a second one adds no row. */
export async function addCheckin(
  tx: MutatorTx,
  eventId: string,
  userId: string,
  method: CheckinRecord['method'],
  now: string,
): Promise<void> {
  if (await tx.findBy('checkins', '[eventId+userId]', [eventId, userId])) return;
  await tx.put('checkins', {
    id: uuidv7(),
    userId,
    eventId,
    method,
    createdAt: now,
    updatedAt: now,
  });
}
