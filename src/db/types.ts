import type { PHOTO_MIME } from '../shared/mutations/requests.ts';
import type {
  BookingRecord,
  CheckinRecord,
  EventRecord,
  EventSecretRecord,
  HiddenWallPostRecord,
  LessonProgressRecord,
  LessonRatingRecord,
  LessonRecord,
  OrgRecord,
  PointsEntryRecord,
  RequestCommentRecord,
  RequestEventRecord,
  RequestRecord,
  RsvpRecord,
  ServiceGroupRecord,
  SlotRecord,
  UserRecord,
  VenueRecord,
  WallPostRecord,
} from '../shared/records.ts';
import type {
  FirmRecord,
  InviteRecord,
  JoinRequestRecord,
  MemberAdminRecord,
} from '../shared/org/records.ts';
import type {
  NoticePrefsRecord,
  NoticeReadRecord,
  NoticeRecord,
} from '../shared/notices/records.ts';
import type {
  ChecklistAssessmentRecord,
  ChecklistTemplateRecord,
} from '../shared/checklist/records.ts';
import type { ListItemRecord, ListPublicationRecord } from '../shared/lists/records.ts';
import type { CandidateRecord, CandidateStageRecord } from '../shared/recruitment/records.ts';
import type { FlowingRecord, TransferRecord } from '../shared/transfers/records.ts';
import type {
  DiscussionRecord,
  InstructorReviewRecord,
  VisitRecord,
  VisitSettingsRecord,
  WorklogRecord,
} from '../shared/visits/records.ts';

/** A record as stored on the phone: the pulled shape, plus `pending` while an optimistic write shows. */
export type Row<T> = T & { pending?: boolean };

export interface RecordRows {
  orgs: Row<OrgRecord>;
  users: Row<UserRecord>;
  lessons: Row<LessonRecord>;
  lessonProgress: Row<LessonProgressRecord>;
  lessonRatings: Row<LessonRatingRecord>;
  events: Row<EventRecord>;
  eventSecrets: Row<EventSecretRecord>;
  rsvps: Row<RsvpRecord>;
  checkins: Row<CheckinRecord>;
  wallPosts: Row<WallPostRecord>;
  hiddenWallPosts: Row<HiddenWallPostRecord>;
  requests: Row<RequestRecord>;
  requestComments: Row<RequestCommentRecord>;
  requestEvents: Row<RequestEventRecord>;
  venues: Row<VenueRecord>;
  bookings: Row<BookingRecord>;
  slots: Row<SlotRecord>;
  pointsEntries: Row<PointsEntryRecord>;
  firms: Row<FirmRecord>;
  invites: Row<InviteRecord>;
  joinRequests: Row<JoinRequestRecord>;
  memberAdmins: Row<MemberAdminRecord>;
  serviceGroups: Row<ServiceGroupRecord>;
  notices: Row<NoticeRecord>;
  noticeReads: Row<NoticeReadRecord>;
  noticePrefs: Row<NoticePrefsRecord>;
  checklistTemplates: Row<ChecklistTemplateRecord>;
  checklistAssessments: Row<ChecklistAssessmentRecord>;
  listItems: Row<ListItemRecord>;
  listPublications: Row<ListPublicationRecord>;
  candidates: Row<CandidateRecord>;
  candidateStages: Row<CandidateStageRecord>;
  flowing: Row<FlowingRecord>;
  transfers: Row<TransferRecord>;
  visits: Row<VisitRecord>;
  worklogs: Row<WorklogRecord>;
  visitSettings: Row<VisitSettingsRecord>;
  discussions: Row<DiscussionRecord>;
  instructorReviews: Row<InstructorReviewRecord>;
}
export type RecordTableName = keyof RecordRows;

/** One queued mutation (docs/sync-protocol.md push). `id` is local insertion order; `seq` is per clientId. */
export interface OutboxEntry {
  id?: number;
  userId: string;
  clientId: string;
  seq: number;
  name: string;
  args: unknown;
  /** client time, informational only */
  at: string;
}

/** A mutation the server rejected (docs/sync-protocol.md push rule 4), kept until the user dismisses it. */
export interface RefusedEntry {
  id?: number;
  userId: string;
  name: string;
  args: unknown;
  code: string;
  message: string;
  at: string;
  /**
   * When the same intent later went through: no longer shown, but kept, so what the server refused
   * is never lost from the record (src/db/refused.ts).
   */
  settledAt?: string;
}

/**
 * A visit being written, kept on the phone only so that it survives closing the app; one per user
 * and firm (`key` = `<userId>:<firmId>`). Deleted when the visit is logged.
 */
export interface VisitDraft {
  key: string;
  userId: string;
  firmId: string;
  kind: 'visit' | 'phone' | 'online';
  met: string;
  notes: string;
  answers: Record<string, string>;
  problems: { id: string; category: string; title: string; body: string }[];
  /** compressed photos, as visit.log carries them (absent in drafts kept before photos) */
  photos?: { id: string; mime: (typeof PHOTO_MIME)[number]; data: string; bytes: number }[];
  updatedAt: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The server's state of a row that a pending mutation has overwritten (`row: null` = the row did
 * not exist on the server). Restoring every base row gives back pure server state; see overlay.ts.
 */
export interface BaseRow {
  key: string;
  table: RecordTableName;
  rowId: string;
  row: Record<string, unknown> | null;
}
