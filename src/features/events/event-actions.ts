import { db } from '../../db/db.ts';
import { readSession } from '../../db/meta.ts';
import { uuidv7 } from '../../shared/ids.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { windowAt } from '../../shared/checkin-code.ts';
import { getFile } from '../../sync/api.ts';
import { mutate } from '../../sync/mutate.ts';

/** Every write goes through the outbox (works offline); the server's answer arrives with sync. */
export const answerRsvp = (eventId: string, status: 'going' | 'not_going') =>
  mutate('event.rsvp', { eventId, status });

/**
 * A scanned link carries its window; typed digits are read in the current one (the phone's clock).
 * Nothing is queued when this phone already holds a check-in for the event (opening the same link
 * twice). Returns whether a check-in was queued.
 */
export async function checkInWithCode(
  eventId: string,
  code: string,
  window = windowAt(Date.now()),
): Promise<boolean> {
  const session = await readSession(db);
  const uid = session?.user.id;
  if (uid && (await db.checkins.where('[eventId+userId]').equals([eventId, uid]).first())) {
    return false;
  }
  await mutate('event.checkin', { eventId, window, code });
  return true;
}

export const checkInByCard = (eventId: string, memberId: string, cardToken: string) =>
  mutate('event.checkin_member', { eventId, memberId, cardToken });

export const checkInManually = (eventId: string, memberId: string) =>
  mutate('event.checkin_manual', { eventId, memberId });

export const postToWall = (eventId: string, body: string) =>
  mutate('wall.post', { id: uuidv7(), eventId, body: body.trim() });

export const hideWallPost = (postId: string) => mutate('wall.hide', { postId });

export const unhideWallPost = (postId: string) => mutate('wall.unhide', { postId });

export async function saveEvents(saves: readonly MutationArgs<'event.save'>[]): Promise<void> {
  for (const s of saves) await mutate('event.save', s);
}

export const cancelEvent = (eventId: string) => mutate('event.cancel', { eventId });

/**
 * Downloads the attendance sheet (needs the network). The API takes bearer tokens only, so the
 * file is fetched through the API client and handed to the browser as a blob.
 */
export async function downloadAttendanceCsv(eventId: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await getFile(`/api/events/${eventId}/attendance.csv`));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
