/**
 * Kinds of notice in the inbox (docs/notices.md). A member may mute any kind (`notice.prefs`): a
 * muted kind is neither shown nor counted.
 *
 * - published by organizers, staff and admins (`notice.publish`): PUBLISH_KINDS;
 * - made by the server in the transaction of the change behind them: `request` (a request of
 *   yours changed status or got a comment), `booking` (a booking of yours was refused),
 *   `join_request` (a join request waits, to the branch's organizers);
 * - worked out on the phone from pulled records, no server timer: `party_day` (a party day is
 *   tomorrow), `lesson` (a lesson starts within 15 minutes).
 */
export const PUBLISH_KINDS = ['announcement', 'policy', 'activity', 'study'] as const;
export type PublishKind = (typeof PUBLISH_KINDS)[number];

export const SERVER_KINDS = ['request', 'booking', 'join_request'] as const;
export const REMINDER_KINDS = ['party_day', 'lesson'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const NOTICE_KINDS = [...PUBLISH_KINDS, ...SERVER_KINDS, ...REMINDER_KINDS] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** What a notice opens when tapped. */
export const NOTICE_TARGETS = ['request', 'venue', 'event', 'lesson', 'join_request'] as const;
export type NoticeTargetType = (typeof NOTICE_TARGETS)[number];
