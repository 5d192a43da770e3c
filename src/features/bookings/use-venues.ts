import { useLiveQuery } from 'dexie-react-hooks';
import { db, type LianxinDB } from '../../db/db.ts';
import { currentUserId } from '../../db/current-user.ts';
import { bookingCreate } from '../../shared/mutations/bookings.ts';
import { compareIso } from '../../shared/compare.ts';

export function useVenues() {
  return useLiveQuery(
    async () => (await db.venues.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    [],
  );
}

export function useVenue(id: string | undefined) {
  return useLiveQuery(async () => (id ? ((await db.venues.get(id)) ?? null) : null), [id]);
}

/** Taken slots of a venue (anyone's, without who) from the last sync, plus the user's pending ones. */
export function useSlots(venueId: string) {
  return useLiveQuery(() => db.slots.where('venueId').equals(venueId).toArray(), [venueId]);
}

/** The user's bookings still to come, soonest first. */
export function useMyBookings() {
  return useLiveQuery(async () => {
    const uid = await currentUserId(db);
    if (!uid) return [];
    const now = new Date().toISOString();
    const rows = await db.bookings.where('userId').equals(uid).toArray();
    return rows
      .filter((b) => b.status === 'booked' && b.end > now)
      .sort((a, b) => compareIso(a.start, b.start));
  }, []);
}

export interface RefusedBooking {
  id: number;
  code: string;
  message: string;
  venueId: string;
  start: string;
  end: string;
}

/** Bookings the server refused (e.g. slot_taken: someone else synced first), until dismissed. */
export async function refusedBookings(d: LianxinDB): Promise<RefusedBooking[]> {
  const uid = await currentUserId(d);
  if (!uid) return [];
  const rows = await d.refused
    .where('userId')
    .equals(uid)
    .filter((r) => !r.settledAt)
    .toArray();
  return rows.flatMap((r): RefusedBooking[] => {
    if (r.name !== 'booking.create' || r.id === undefined) return [];
    const args = bookingCreate.safeParse(r.args);
    if (!args.success) return [];
    const { venueId, start, end } = args.data;
    return [{ id: r.id, code: r.code, message: r.message, venueId, start, end }];
  });
}

export function useRefusedBookings() {
  return useLiveQuery(() => refusedBookings(db), []);
}

export async function dismissRefusedBooking(id: number): Promise<void> {
  await db.refused.delete(id);
}
