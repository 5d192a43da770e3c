/**
 * When a party day takes check-ins: from 30 minutes before its start to 30 minutes after its end
 * (docs/sync-protocol.md "Check-in codes"). The server refuses a check-in outside it
 * (`outside_window`); the app shows the check-in screen inside it.
 */
export const CHECKIN_MARGIN_MS = 30 * 60_000;

export const checkinOpensAt = (startsAt: number): number => startsAt - CHECKIN_MARGIN_MS;
export const checkinClosesAt = (endsAt: number): number => endsAt + CHECKIN_MARGIN_MS;

/** True when `at` (epoch ms) lies in the check-in time of an event running `startsAt`–`endsAt`. */
export const withinCheckinTime = (startsAt: number, endsAt: number, at: number): boolean =>
  at >= checkinOpensAt(startsAt) && at <= checkinClosesAt(endsAt);
