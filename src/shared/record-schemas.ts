import * as z from 'zod/mini';
import type { RecordType } from './protocol.ts';
import { REQUEST_STATUSES } from './mutations/requests.ts';
import { LESSON_SERIES } from './mutations/lessons.ts';
import { ORG_KINDS } from './org/kinds.ts';
import { checklistAssessmentRecord, checklistTemplateRecord } from './checklist/records.ts';
import { flowingRecord, transferRecord } from './transfers/records.ts';
import { firmRecord, inviteRecord, joinRequestRecord, memberAdminRecord } from './org/records.ts';
import { noticePrefsRecord, noticeReadRecord, noticeRecord } from './notices/records.ts';
import { listItemRecord, listPublicationRecord } from './lists/records.ts';
import { candidateRecord, candidateStageRecord } from './recruitment/records.ts';
import {
  discussionRecord,
  instructorReviewRecord,
  visitRecord,
  visitSettingsRecord,
  worklogRecord,
} from './visits/records.ts';
import { timeLimit } from './time-limit.ts';

/**
 * One schema per record type pull sends (`data`, camelCase; docs/sync-protocol.md "Record shapes in
 * pull"). The server's emitters are typed against them, a server test parses every row of the change
 * log with them, and the app checks each pulled record with them before storing it. Unknown fields
 * pass (a newer server may add fields; an older app stores them unread).
 * Kept apart from records.ts, whose types the first screen imports, so that zod loads with the sync
 * engine and not before.
 */
const id = z.string().check(z.minLength(1), z.maxLength(64));
const time = z.iso.datetime({ offset: true });
const nullableTime = z.nullable(time);
const stamps = { id, createdAt: time, updatedAt: time };
const mediaFile = z.object({ url: z.string(), mime: z.string(), bytes: z.number() });

export const orgRecord = z.object({
  id,
  parentId: z.nullable(id),
  name: z.string(),
  kind: z.enum(ORG_KINDS),
});

export const userRecord = z.object({
  id,
  userId: id,
  name: z.string(),
  login: z.string(),
  roles: z.array(z.string()),
  orgId: id,
  groups: z.array(z.string()),
});

export const quizQuestionRecord = z.object({
  q: z.string(),
  options: z.array(z.string()),
  answer: z.number(),
});

export const lessonRecord = z.object({
  ...stamps,
  orgId: id,
  series: z.enum(LESSON_SERIES),
  title: z.string(),
  speaker: z.string(),
  summary: z.string(),
  /** Markdown, rendered without raw HTML */
  body: z.string(),
  tags: z.array(z.string()),
  durationMin: z.number(),
  /** live session */
  scheduledAt: nullableTime,
  venue: z.nullable(z.string()),
  media: z.nullable(mediaFile),
  /** images the body shows (`/api/media/...`), so a download can fetch them and show their size */
  images: z.array(mediaFile),
  quiz: z.array(quizQuestionRecord),
  userId: id,
});

export const lessonProgressRecord = z.object({
  ...stamps,
  userId: id,
  lessonId: id,
  position: z.number(),
  completed: z.boolean(),
  quizScore: z.nullable(z.number()),
});

export const lessonRatingRecord = z.object({
  ...stamps,
  userId: id,
  lessonId: id,
  score: z.number(),
  /** the speaker's score, when the member gave one */
  speakerScore: z.optional(z.nullable(z.number())),
  comment: z.nullable(z.string()),
});

export const agendaItemRecord = z.object({ title: z.string(), mandatory: z.boolean() });

export const eventRecord = z.object({
  ...stamps,
  orgId: id,
  title: z.string(),
  theme: z.string(),
  startsAt: time,
  endsAt: time,
  venue: z.string(),
  capacity: z.nullable(z.number()),
  agenda: z.array(agendaItemRecord),
  seriesId: z.nullable(id),
  userId: id,
  /** a cancelled party day stays visible (members who RSVPed learn of it) */
  status: z.enum(['scheduled', 'cancelled']),
});

/** Only organizers of the event's org receive it (pull rule 2). */
export const eventSecretRecord = z.object({
  id,
  eventId: id,
  secret: z.string().check(z.regex(/^(?:[0-9a-f]{2})+$/i)),
});

export const rsvpRecord = z.object({
  ...stamps,
  userId: id,
  eventId: id,
  status: z.enum(['going', 'not_going']),
});

export const checkinRecord = z.object({
  ...stamps,
  userId: id,
  eventId: id,
  method: z.enum(['code', 'card', 'manual']),
});

export const wallPostRecord = z.object({
  ...stamps,
  userId: id,
  authorName: z.string(),
  eventId: id,
  body: z.string(),
});

/** A post an organizer hid: only its author and the organizers receive it, marked hidden. */
export const hiddenWallPostRecord = z.object({
  ...wallPostRecord.shape,
  hiddenAt: time,
  hiddenByName: z.string(),
});

export const requestRecord = z.object({
  ...stamps,
  userId: id,
  requesterName: z.string(),
  orgId: id,
  category: z.string(),
  title: z.string(),
  body: z.string(),
  status: z.enum(REQUEST_STATUSES),
  venueBooking: z.nullable(id),
  photos: z.array(z.object({ id, mime: z.string(), url: z.string() })),
  assigneeId: z.nullable(id),
  rating: z.nullable(z.object({ score: z.number(), comment: z.nullable(z.string()) })),
  acceptedAt: nullableTime,
  resolvedAt: nullableTime,
  /** a problem found on an instructor's visit: the visit and the firm it was filed for */
  visitId: z.optional(z.nullable(id)),
  firmId: z.optional(z.nullable(id)),
  firmName: z.optional(z.nullable(z.string())),
});

export const requestCommentRecord = z.object({
  ...stamps,
  userId: id,
  authorName: z.string(),
  requestId: id,
  body: z.string(),
});

/** One status change of a request, for its timeline. */
export const requestEventRecord = z.object({
  ...stamps,
  userId: id,
  actorName: z.string(),
  requestId: id,
  from: z.nullable(z.enum(REQUEST_STATUSES)),
  to: z.enum(REQUEST_STATUSES),
  note: z.nullable(z.string()),
});

/** Local wall-clock time "HH:MM". */
const clock = z.string().check(z.regex(/^\d\d:\d\d$/));

export const venueRecord = z.object({
  ...stamps,
  orgId: id,
  name: z.string(),
  capacity: z.number(),
  location: z.string(),
  /** bookable hours, local time "08:00"-"22:00" */
  opensAt: clock,
  closesAt: clock,
});

export const bookingRecord = z.object({
  ...stamps,
  userId: id,
  venueId: id,
  start: time,
  end: time,
  purpose: z.string(),
  status: z.enum(['booked', 'cancelled']),
});

/** A taken slot of a venue, without who took it (public at the venue's org). Its id is the booking id. */
export const slotRecord = z.object({ id, venueId: id, start: time, end: time });

export const POINTS_CATEGORIES = ['learning', 'attendance', 'service'] as const;

/**
 * One line of a member's points ledger, written only by the server from a confirmed fact; private
 * to the member and the organizers of their org.
 */
export const pointsEntryRecord = z.object({
  ...stamps,
  userId: id,
  /** a key of POINT_RULES in shared/points/rules.ts */
  rule: z.string(),
  points: z.number(),
  category: z.enum(POINTS_CATEGORIES),
  /** the record it came from: lesson, event, request or volunteer_log, and its id */
  sourceType: z.string(),
  sourceId: id,
  /** server time of the fact; months and caps count by it */
  earnedAt: time,
  /** the rule's cap was reached: the fact is recorded, with fewer (or no) points */
  capped: z.boolean(),
  /** a short human note the server adds (volunteer hours: the organizer's note) */
  note: z.nullable(z.string()),
  /** volunteer hours, when the rule counts per hour */
  hours: z.nullable(z.number()),
});

/** Who handles a service group and how fast: every signed-in user receives it. */
export const serviceGroupRecord = z.object({
  id,
  /** a key of SERVICE_GROUPS */
  key: z.string(),
  /** staff accounts of the group (not disabled), by name */
  staff: z.array(z.object({ id, name: z.string() })),
  /** median hours from filing to being taken on, over the group's recent requests; null: too few */
  typicalHours: z.nullable(z.number()),
  /** how many recent requests that median is taken over */
  sample: z.number(),
  /** how long a request may take (限时办结, src/shared/time-limit.ts); null or absent: no limit */
  timeLimit: z.optional(z.nullable(timeLimit)),
  updatedAt: time,
});

/** Every record type and the schema of its `data`. */
export const recordSchemas = {
  org: orgRecord,
  user: userRecord,
  lesson: lessonRecord,
  lesson_progress: lessonProgressRecord,
  lesson_rating: lessonRatingRecord,
  event: eventRecord,
  event_secret: eventSecretRecord,
  rsvp: rsvpRecord,
  checkin: checkinRecord,
  wall_post: wallPostRecord,
  request: requestRecord,
  request_comment: requestCommentRecord,
  request_event: requestEventRecord,
  venue: venueRecord,
  booking: bookingRecord,
  slot: slotRecord,
  points_entry: pointsEntryRecord,
  hidden_wall_post: hiddenWallPostRecord,
  service_group: serviceGroupRecord,
  firm: firmRecord,
  invite: inviteRecord,
  join_request: joinRequestRecord,
  member_admin: memberAdminRecord,
  notice: noticeRecord,
  notice_read: noticeReadRecord,
  notice_prefs: noticePrefsRecord,
  checklist_template: checklistTemplateRecord,
  checklist_assessment: checklistAssessmentRecord,
  list_item: listItemRecord,
  list_publication: listPublicationRecord,
  candidate: candidateRecord,
  candidate_stage: candidateStageRecord,
  flowing: flowingRecord,
  transfer: transferRecord,
  visit: visitRecord,
  worklog: worklogRecord,
  visit_settings: visitSettingsRecord,
  discussion: discussionRecord,
  instructor_review: instructorReviewRecord,
} as const satisfies Record<RecordType, z.ZodMiniType>;

/** The `data` of a record of type T, as the server emits it and the app stores it. */
export type RecordData<T extends RecordType> = z.infer<(typeof recordSchemas)[T]>;
