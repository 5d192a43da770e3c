import type { Tx } from '../database/db.ts';
import type { CheckinRecord } from '../../shared/records.ts';
import { emitEvent } from '../mutations/event-data.ts';
import { emitRsvp } from '../mutations/event-rsvp.ts';
import { emitWallPost } from '../mutations/wall-data.ts';
import { emitLesson } from '../mutations/lesson-data.ts';
import { emitBooking } from '../mutations/booking-data.ts';
import { iso } from '../mutations/records.ts';
import { DAY, HOUR } from './dates.ts';
import { emitInvite } from '../mutations/org-data.ts';
import { emitDiscussion } from '../mutations/duty-data.ts';

/**
 * Dates that stay alive. The demo is seeded once, around the moment of seeding: a party day in
 * progress, others a month back or a week ahead, live lessons in two days. A demo database kept for
 * weeks would show everything in the past, so on every start outside production the server moves
 * the demo's dated rows forward (`refreshDemoDates`, called from bootstrap) and re-emits them, so
 * phones get the new times at their next pull:
 * - everything dated (party days with their RSVPs, check-ins and wall posts, live-lesson times,
 *   room bookings, invitation codes' expiry, instructors' discussions still planned) moves by the
 *   whole days since the last move, keeping its time of day;
 * - the party day that was in progress at seeding is placed in progress again (started an hour
 *   ago, ending in two), with its own RSVPs, check-ins and wall posts, unless it still is.
 * The anchor (the moment every date is relative to) and that party day's id live in app_meta.
 */
const ANCHOR = 'demo_anchor';
const LIVE_EVENT = 'demo_live_event';

const setMeta = (tx: Tx, key: string, value: string) =>
  tx.query(
    `INSERT INTO app_meta (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [key, value],
  );

/** Marks the database as holding the demo, seeded at `now`. */
export const rememberDemo = (tx: Tx, now: Date) => setMeta(tx, ANCHOR, now.toISOString());

/** The party day to keep in progress. */
export const rememberLiveEvent = (tx: Tx, id: string) => setMeta(tx, LIVE_EVENT, id);

export interface DemoRefresh {
  /** whole days everything dated moved by */
  days: number;
  /** true when the live party day was placed in progress again */
  live: boolean;
}

/** Moves the demo's dates to `now` (see above); null when the database holds no demo. */
export async function refreshDemoDates(tx: Tx, now: Date): Promise<DemoRefresh | null> {
  const meta = await tx.query<{ key: string; value: string }>(
    'SELECT key, value FROM app_meta WHERE key = ANY($1::text[])',
    [[ANCHOR, LIVE_EVENT]],
  );
  const get = (k: string) => meta.find((m) => m.key === k)?.value;
  const anchor = get(ANCHOR);
  if (!anchor) return null;
  const liveId = get(LIVE_EVENT) ?? null;
  const days = Math.round((now.getTime() - Date.parse(anchor)) / DAY);
  if (days !== 0) {
    await shiftEvents(tx, days * DAY, 'id IS DISTINCT FROM $2', liveId);
    await shiftOthers(tx, days * DAY);
    await setMeta(tx, ANCHOR, new Date(Date.parse(anchor) + days * DAY).toISOString());
  }
  let live = false;
  if (liveId) {
    const [e] = await tx.query<{ starts_at: Date; ends_at: Date }>(
      'SELECT starts_at, ends_at FROM events WHERE id = $1',
      [liveId],
    );
    const t = now.getTime();
    // Still in progress with at least half an hour to go: leave it be.
    if (e && !(e.starts_at.getTime() <= t && e.ends_at.getTime() - 30 * 60_000 > t)) {
      await shiftEvents(tx, t - HOUR - e.starts_at.getTime(), 'id = $2', liveId);
      live = true;
    }
  }
  return { days, live };
}

/** Moves party days (those matching `which`, $2 being the live one's id) and what hangs on them. */
async function shiftEvents(tx: Tx, ms: number, which: string, liveId: string | null) {
  const by = `$1::double precision * interval '1 millisecond'`;
  const events = await tx.query<{ id: string }>(
    `UPDATE events SET starts_at = starts_at + ${by}, ends_at = ends_at + ${by}
      WHERE ${which} RETURNING id`,
    [ms, liveId],
  );
  const ids = events.map((e) => e.id);
  for (const id of ids) await emitEvent(tx, id);
  const rsvps = await tx.query<{ event_id: string; user_id: string }>(
    `UPDATE event_rsvps SET created_at = created_at + ${by}, updated_at = updated_at + ${by}
      WHERE event_id = ANY($2::uuid[]) RETURNING event_id, user_id`,
    [ms, ids],
  );
  for (const r of rsvps) await emitRsvp(tx, r.event_id, r.user_id);
  const checkins = await tx.query<CheckinRow>(
    `UPDATE event_checkins SET created_at = created_at + ${by}, updated_at = updated_at + ${by}
      WHERE event_id = ANY($2::uuid[]) RETURNING *`,
    [ms, ids],
  );
  for (const c of checkins) emitCheckin(tx, c);
  const posts = await tx.query<{ id: string }>(
    `UPDATE wall_posts SET created_at = created_at + ${by}, updated_at = updated_at + ${by}
      WHERE event_id = ANY($2::uuid[]) RETURNING id`,
    [ms, ids],
  );
  for (const p of posts) await emitWallPost(tx, p.id);
}

/** Live-lesson times, room bookings and invitation codes' expiry move with the calendar too. */
async function shiftOthers(tx: Tx, ms: number) {
  const by = `$1::double precision * interval '1 millisecond'`;
  const lessons = await tx.query<{ id: string }>(
    `UPDATE lessons SET scheduled_at = scheduled_at + ${by}
      WHERE scheduled_at IS NOT NULL RETURNING id`,
    [ms],
  );
  for (const l of lessons) await emitLesson(tx, l.id);
  const bookings = await tx.query<{ id: string }>(
    `UPDATE bookings SET starts_at = starts_at + ${by}, ends_at = ends_at + ${by},
            created_at = created_at + ${by}, updated_at = updated_at + ${by}
      RETURNING id`,
    [ms],
  );
  for (const b of bookings) await emitBooking(tx, b.id);
  // an invitation code valid for weeks at seeding stays valid
  const invites = await tx.query<{ id: string }>(
    `UPDATE invites SET expires_at = expires_at + ${by} WHERE revoked_at IS NULL RETURNING id`,
    [ms],
  );
  for (const i of invites) await emitInvite(tx, i.id);
  // an instructor's discussion still planned stays ahead; held ones keep their date, as visits do
  const discussions = await tx.query<{ id: string }>(
    `UPDATE discussions SET at = at + ${by} WHERE NOT held RETURNING id`,
    [ms],
  );
  for (const d of discussions) await emitDiscussion(tx, d.id);
}

interface CheckinRow {
  id: string;
  event_id: string;
  user_id: string;
  org_id: string;
  method: CheckinRecord['method'];
  created_at: Date;
  updated_at: Date;
}

/** The `checkin` record as check-in writes it: private to the member and their organizers. */
function emitCheckin(tx: Tx, c: CheckinRow) {
  const data: CheckinRecord = {
    id: c.id,
    userId: c.user_id,
    eventId: c.event_id,
    method: c.method,
    createdAt: iso(c.created_at),
    updatedAt: iso(c.updated_at),
  };
  tx.emit({
    type: 'checkin',
    id: c.id,
    audience: 'private',
    orgId: c.org_id,
    ownerId: c.user_id,
    data: { ...data },
  });
}
