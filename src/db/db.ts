import Dexie, { type Table } from 'dexie';
import type { RecordType } from '../shared/protocol.ts';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema.ts';
import type {
  BaseRow,
  MetaRow,
  OutboxEntry,
  RecordRows,
  RecordTableName,
  RefusedEntry,
  VisitDraft,
} from './types.ts';

export const DB_NAME = 'lianxin';

/** Where each pulled record type lives (docs/sync-protocol.md pull rule 1 types, named in camelCase plural). */
export const TYPE_TABLE = {
  org: 'orgs',
  user: 'users',
  lesson: 'lessons',
  lesson_progress: 'lessonProgress',
  lesson_rating: 'lessonRatings',
  event: 'events',
  event_secret: 'eventSecrets',
  rsvp: 'rsvps',
  checkin: 'checkins',
  wall_post: 'wallPosts',
  hidden_wall_post: 'hiddenWallPosts',
  request: 'requests',
  request_comment: 'requestComments',
  request_event: 'requestEvents',
  venue: 'venues',
  booking: 'bookings',
  slot: 'slots',
  points_entry: 'pointsEntries',
  firm: 'firms',
  invite: 'invites',
  join_request: 'joinRequests',
  member_admin: 'memberAdmins',
  service_group: 'serviceGroups',
  notice: 'notices',
  notice_read: 'noticeReads',
  notice_prefs: 'noticePrefs',
  checklist_template: 'checklistTemplates',
  checklist_assessment: 'checklistAssessments',
  list_item: 'listItems',
  list_publication: 'listPublications',
  candidate: 'candidates',
  candidate_stage: 'candidateStages',
  flowing: 'flowing',
  transfer: 'transfers',
  visit: 'visits',
  worklog: 'worklogs',
  visit_settings: 'visitSettings',
  discussion: 'discussions',
  instructor_review: 'instructorReviews',
} as const satisfies Record<RecordType, RecordTableName>;

export const RECORD_TABLES: readonly RecordTableName[] = Object.values(TYPE_TABLE);

type RecordTables = { [K in RecordTableName]: Table<RecordRows[K], string> };

export interface LianxinDB extends Dexie, RecordTables {
  outbox: Table<OutboxEntry, number>;
  refused: Table<RefusedEntry, number>;
  meta: Table<MetaRow, string>;
  base: Table<BaseRow, string>;
  visitDrafts: Table<VisitDraft, string>;
}

/** Declares `versions` on a Dexie instance; tests pass a prefix of SCHEMA_VERSIONS to write old data. */
export function declareVersions(dexie: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const declared = dexie.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}

/** Opens (lazily) the app database at the latest schema; `name` lets tests keep devices apart. */
export function createDb(name: string = DB_NAME): LianxinDB {
  const dexie = new Dexie(name);
  declareVersions(dexie, SCHEMA_VERSIONS);
  // Dexie defines one property per declared table at construction; the interface names them.
  return dexie as LianxinDB;
}

export const db: LianxinDB = createDb();

/** All tables, for transactions that touch records, bookkeeping and meta together. */
export function allTables(d: LianxinDB): Table[] {
  return d.tables;
}

export function recordTable<K extends RecordTableName>(
  d: LianxinDB,
  name: K,
): Table<RecordRows[K], string> {
  return d.table<RecordRows[K], string>(name);
}
