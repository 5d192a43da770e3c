/**
 * Record shapes as pull sends them (`data`, camelCase; SYNC.md "Record shapes in pull").
 * The app stores them as they come, plus `pending: true` while an optimistic write is unconfirmed.
 * Times are ISO strings. Fields named by SYNC.md are never renamed.
 */
import type { RequestStatus } from './mutations/requests.ts';

/** The longest a lesson runs (lesson.save refuses more); bounds the "running now" look-back. */
export const MAX_LESSON_MINUTES = 180;

interface Base {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface OrgRecord {
  id: string;
  parentId: string | null;
  name: string;
  kind: 'district' | 'committee' | 'branch' | 'group';
}

export interface UserRecord {
  id: string;
  userId: string;
  name: string;
  login: string;
  roles: string[];
  orgId: string;
  groups: string[];
}

export type LessonSeries = 'lunch' | 'weekend' | 'film' | 'forum';

export interface QuizQuestion {
  q: string;
  options: string[];
  answer: number;
}

export interface LessonRecord extends Base {
  orgId: string;
  series: LessonSeries;
  title: string;
  speaker: string;
  summary: string;
  /** Markdown, rendered without raw HTML */
  body: string;
  tags: string[];
  durationMin: number;
  /** live session */
  scheduledAt: string | null;
  venue: string | null;
  media: { url: string; mime: string; bytes: number } | null;
  /** images the body shows (`/api/media/...`), so a download can fetch them and show their size */
  images: { url: string; mime: string; bytes: number }[];
  quiz: QuizQuestion[];
  userId: string;
}

export interface LessonProgressRecord extends Base {
  /** `${userId}:${lessonId}` is not used as id: id is a uuid from the server */
  userId: string;
  lessonId: string;
  position: number;
  completed: boolean;
  quizScore: number | null;
}

export interface LessonRatingRecord extends Base {
  userId: string;
  lessonId: string;
  score: number;
  /** the speaker's score, when the member gave one */
  speakerScore?: number | null;
  comment: string | null;
}

export interface AgendaItem {
  title: string;
  mandatory: boolean;
}

export interface EventRecord extends Base {
  orgId: string;
  title: string;
  theme: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  capacity: number | null;
  agenda: AgendaItem[];
  seriesId: string | null;
  userId: string;
  /** a cancelled party day stays visible (members who RSVPed learn of it) */
  status: 'scheduled' | 'cancelled';
}

/** Only organizers of the event's org receive it (SYNC.md pull rule 2). */
export interface EventSecretRecord {
  id: string;
  eventId: string;
  secret: string;
}

export interface RsvpRecord extends Base {
  userId: string;
  eventId: string;
  status: 'going' | 'not_going';
}

export interface CheckinRecord extends Base {
  userId: string;
  eventId: string;
  method: 'code' | 'card' | 'manual';
}

export interface WallPostRecord extends Base {
  userId: string;
  authorName: string;
  eventId: string;
  body: string;
}

/**
 * A post an organizer took off the wall (type `hidden_wall_post`, same id as the post). Only its
 * author and the organizers of the party day's org receive it; everyone else got the wall_post's
 * tombstone.
 */
export interface HiddenWallPostRecord extends WallPostRecord {
  hiddenAt: string;
  hiddenByName: string;
}

export interface RequestRecord extends Base {
  userId: string;
  requesterName: string;
  orgId: string;
  category: string;
  title: string;
  body: string;
  status: RequestStatus;
  venueBooking: string | null;
  photos: { id: string; mime: string; url: string }[];
  assigneeId: string | null;
  rating: { score: number; comment: string | null } | null;
  acceptedAt: string | null;
  resolvedAt: string | null;
}

export interface RequestCommentRecord extends Base {
  userId: string;
  authorName: string;
  requestId: string;
  body: string;
}

/** One status change of a request, for its timeline. */
export interface RequestEventRecord extends Base {
  userId: string;
  actorName: string;
  requestId: string;
  from: RequestStatus | null;
  to: RequestStatus;
  note: string | null;
}

export interface VenueRecord extends Base {
  orgId: string;
  name: string;
  capacity: number;
  location: string;
  /** bookable hours, local time "08:00"-"22:00" */
  opensAt: string;
  closesAt: string;
}

export interface BookingRecord extends Base {
  userId: string;
  venueId: string;
  start: string;
  end: string;
  purpose: string;
  status: 'booked' | 'cancelled';
}

/** A taken slot of a venue, without who took it (public at the venue's org). Its id is the booking id. */
export interface SlotRecord {
  id: string;
  venueId: string;
  start: string;
  end: string;
}

/**
 * One of the seven service groups as every signed-in user sees it (type `service_group`): who
 * handles it and how long it usually takes, so a member knows before filing a request whether
 * anyone will pick it up. Published again when its staff change and when one of its requests is
 * accepted or resolved.
 */
export interface ServiceGroupRecord {
  id: string;
  /** a key of SERVICE_GROUPS */
  key: string;
  /** staff accounts of the group (not disabled), by name */
  staff: { id: string; name: string }[];
  /** median hours from filing to being taken on, over the group's recent requests; null: too few */
  typicalHours: number | null;
  /** how many recent requests that median is taken over */
  sample: number;
  updatedAt: string;
}

/**
 * One line of a member's points ledger (type `points_entry`), written only by the server from a
 * confirmed fact; private to the member and the organizers of their org.
 */
export interface PointsEntryRecord extends Base {
  userId: string;
  /** a key of POINT_RULES in shared/points/rules.ts */
  rule: string;
  points: number;
  category: 'learning' | 'attendance' | 'service';
  /** the record it came from: lesson, event, request or volunteer_log, and its id */
  sourceType: string;
  sourceId: string;
  /** server time of the fact; months and caps count by it */
  earnedAt: string;
  /** the rule's cap was reached: the fact is recorded, with fewer (or no) points */
  capped: boolean;
  /** a short human note the server adds (volunteer hours: the organizer's note) */
  note: string | null;
  /** volunteer hours, when the rule counts per hour */
  hours: number | null;
}
