/** Check-in opens 30 minutes before the start and closes 30 minutes after the end (SYNC.md). */
export const CHECKIN_OPEN_MS = 30 * 60_000;
