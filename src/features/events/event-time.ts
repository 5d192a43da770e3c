import { checkinClosesAt, checkinOpensAt } from '../../shared/checkin-time.ts';
import type { EventRecord } from '../../shared/records.ts';

export type EventPhase = 'upcoming' | 'checkin' | 'past' | 'cancelled';

/** Where a party day stands at `now` (phone clock: fine for display, the server decides check-ins). */
export function phaseOf(
  e: Pick<EventRecord, 'startsAt' | 'endsAt' | 'status'>,
  now: number,
): EventPhase {
  if (e.status === 'cancelled') return 'cancelled';
  if (now > checkinClosesAt(Date.parse(e.endsAt))) return 'past';
  if (now >= checkinOpensAt(Date.parse(e.startsAt))) return 'checkin';
  return 'upcoming';
}
