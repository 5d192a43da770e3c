/**
 * Record shapes as pull sends them (`data`, camelCase; docs/sync-protocol.md "Record shapes in
 * pull"). The app stores them as they come, plus `pending: true` while an optimistic write is
 * unconfirmed. Times are ISO strings. Fields named by the protocol are never renamed.
 *
 * The shapes are defined once, as the zod schemas of record-schemas.ts; these are their types. The
 * imports are type-only, so a screen that needs a type does not load zod.
 */
import type * as z from 'zod/mini';
import type * as s from './record-schemas.ts';

/** The longest a lesson runs (lesson.save refuses more); bounds the "running now" look-back. */
export const MAX_LESSON_MINUTES = 180;

export type OrgRecord = z.infer<typeof s.orgRecord>;
export type UserRecord = z.infer<typeof s.userRecord>;
export type LessonSeries = LessonRecord['series'];
export type QuizQuestion = z.infer<typeof s.quizQuestionRecord>;
export type LessonRecord = z.infer<typeof s.lessonRecord>;
export type LessonProgressRecord = z.infer<typeof s.lessonProgressRecord>;
export type LessonRatingRecord = z.infer<typeof s.lessonRatingRecord>;
export type AgendaItem = z.infer<typeof s.agendaItemRecord>;
export type EventRecord = z.infer<typeof s.eventRecord>;
/** Only organizers of the event's org receive it (pull rule 2). */
export type EventSecretRecord = z.infer<typeof s.eventSecretRecord>;
export type RsvpRecord = z.infer<typeof s.rsvpRecord>;
export type CheckinRecord = z.infer<typeof s.checkinRecord>;
export type WallPostRecord = z.infer<typeof s.wallPostRecord>;
export type HiddenWallPostRecord = z.infer<typeof s.hiddenWallPostRecord>;
export type RequestRecord = z.infer<typeof s.requestRecord>;
export type RequestCommentRecord = z.infer<typeof s.requestCommentRecord>;
/** One status change of a request, for its timeline. */
export type RequestEventRecord = z.infer<typeof s.requestEventRecord>;
export type VenueRecord = z.infer<typeof s.venueRecord>;
export type BookingRecord = z.infer<typeof s.bookingRecord>;
/** A taken slot of a venue, without who took it (public at the venue's org). Its id is the booking id. */
export type SlotRecord = z.infer<typeof s.slotRecord>;
/** One line of a member's points ledger (type `points_entry`). */
export type PointsEntryRecord = z.infer<typeof s.pointsEntryRecord>;
export type ServiceGroupRecord = z.infer<typeof s.serviceGroupRecord>;
