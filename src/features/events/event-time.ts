import { CHECKIN_OPEN_MS } from './checkin-window.ts';
import type { EventRecord } from '../../shared/records.ts';

export type EventPhase = 'upcoming' | 'checkin' | 'past' | 'cancelled';

/** Where a party day stands at `now` (phone clock: fine for display, the server decides check-ins). */
export function phaseOf(
  e: Pick<EventRecord, 'startsAt' | 'endsAt' | 'status'>,
  now: number,
): EventPhase {
  if (e.status === 'cancelled') return 'cancelled';
  if (now > Date.parse(e.endsAt) + CHECKIN_OPEN_MS) return 'past';
  if (now >= Date.parse(e.startsAt) - CHECKIN_OPEN_MS) return 'checkin';
  return 'upcoming';
}
