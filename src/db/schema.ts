import type { Transaction } from 'dexie';

/**
 * Every schema version the app has ever shipped, oldest first. A phone may open the app after
 * skipping any number of releases, so Dexie must be able to walk from each of these to the
 * latest: never edit a shipped entry; add `{ version: n + 1, stores: {...changed tables}, upgrade }`.
 * tests/unit/db/schema-upgrade.test.ts opens data written at every version with the latest code.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs; only tables that change need to appear in later versions (null drops one). */
  stores: Record<string, string | null>;
  /** Dexie upgrade function for data written by the previous version. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** A cursor no server issues (pull answers `reset` to a malformed one). */
export const STALE_CURSOR = 'schema-upgrade';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      orgs: 'id, parentId',
      users: 'id, orgId',
      lessons: 'id, series, orgId, title, updatedAt, *tags',
      lessonProgress: 'id, lessonId, userId, [userId+lessonId]',
      lessonRatings: 'id, lessonId, userId, [userId+lessonId]',
      events: 'id, orgId, startsAt',
      eventSecrets: 'id, eventId',
      rsvps: 'id, eventId, userId, [eventId+userId]',
      checkins: 'id, eventId, userId, [eventId+userId]',
      wallPosts: 'id, eventId, createdAt, [eventId+createdAt]',
      requests: 'id, userId, category, status, createdAt, updatedAt',
      requestComments: 'id, requestId, [requestId+createdAt]',
      requestEvents: 'id, requestId, [requestId+createdAt]',
      venues: 'id, orgId',
      bookings: 'id, venueId, userId, start, [venueId+start]',
      slots: 'id, venueId, start, [venueId+start]',
      pointsEntries: 'id, userId, createdAt',
      // Local bookkeeping (never sent by pull).
      outbox: '++id, userId, clientId, [userId+seq], [clientId+seq]',
      refused: '++id, userId, at',
      meta: 'key',
      base: 'key',
    },
  },
  {
    // The home screen's upcoming sessions read scheduled lessons by time instead of every lesson.
    version: 2,
    stores: {
      lessons: 'id, series, orgId, title, updatedAt, *tags, scheduledAt',
    },
  },
  {
    // Organisation work: the firm register, invitation codes, join requests, account admin.
    version: 3,
    stores: {
      firms: 'id, orgId, branchId, instructorId, creditCode',
      invites: 'id, orgId',
      joinRequests: 'id, orgId, status, createdAt',
      memberAdmins: 'id, orgId',
    },
  },
  {
    // Two record types this build receives: posts an organizer hid (for their author and the
    // organizers) and the service groups (staff and usual time). Their records were published
    // before the phone knew them, and the cursor is past them, so the stored cursor is swapped for
    // one the server cannot read: the next pull answers `reset` and pulls everything again
    // (docs/sync-protocol.md, Pull rule 5), keeping the outbox.
    version: 4,
    stores: {
      hiddenWallPosts: 'id, eventId',
      serviceGroups: 'id, key',
    },
    upgrade: async (tx) => {
      const cursor = tx.table('meta');
      if (await cursor.get('cursor')) await cursor.put({ key: 'cursor', value: STALE_CURSOR });
    },
  },
  {
    // Instructors' work: visits, work logs, the district's visit settings, the requests a visit
    // raised (by visitId), and drafts of visits kept on the phone only (never sent by pull). New
    // record types again: the cursor is made stale as in version 4, keeping the outbox.
    version: 5,
    stores: {
      visits: 'id, firmId, userId, instructorId, at',
      worklogs: 'id, userId, orgId, month',
      visitSettings: 'id, orgId',
      visitDrafts: 'key, userId, updatedAt',
      requests: 'id, userId, category, status, createdAt, updatedAt, visitId',
    },
    upgrade: async (tx) => {
      const cursor = tx.table('meta');
      if (await cursor.get('cursor')) await cursor.put({ key: 'cursor', value: STALE_CURSOR });
    },
  },
  {
    // The three lists of a park and quarter: working items and published snapshots. As in v4,
    // records published before the phone knew these types are behind its cursor: a reset brings
    // them.
    version: 6,
    stores: {
      listItems: 'id, orgId, [orgId+quarter], kind, status, resourceId',
      listPublications: 'id, orgId, [orgId+quarter]',
    },
    upgrade: async (tx) => {
      const cursor = tx.table('meta');
      if (await cursor.get('cursor')) await cursor.put({ key: 'cursor', value: STALE_CURSOR });
    },
  },
  {
    // The responsibility checklist: the district's template and the indicators branches enter.
    // New record types, so the cursor resets as in version 4.
    version: 7,
    stores: {
      checklistTemplates: 'id, orgId',
      checklistAssessments: 'id, orgId, period, [orgId+period+indicatorId]',
    },
    upgrade: async (tx) => {
      const cursor = tx.table('meta');
      if (await cursor.get('cursor')) await cursor.put({ key: 'cursor', value: STALE_CURSOR });
    },
  },
  {
    // Recruitment (发展党员): candidates for the branch's organizers, and a candidate's own stage.
    // Both types were published before the phone knew them: a reset re-pulls everything, as in v4.
    version: 8,
    stores: {
      candidates: 'id, orgId, stage',
      candidateStages: 'id, userId',
    },
    upgrade: async (tx) => {
      const cursor = tx.table('meta');
      if (await cursor.get('cursor')) await cursor.put({ key: 'cursor', value: STALE_CURSOR });
    },
  },
  {
    // Membership changes: flowing members' registrations and transfer cases. Records published
    // before the phone knew these types are behind its cursor, so pull again from scratch, as v4.
    version: 9,
    stores: {
      flowing: 'id, userId, hostOrgId, status',
      transfers: 'id, memberId, stage, fromOrgId, toOrgId',
    },
    upgrade: async (tx) => {
      const cursor = tx.table('meta');
      if (await cursor.get('cursor')) await cursor.put({ key: 'cursor', value: STALE_CURSOR });
    },
  },
  {
    // The inbox: notices, read marks and the choice per kind. New record types: pull from scratch.
    version: 10,
    stores: {
      notices: 'id, orgId, kind, createdAt',
      noticeReads: 'id, noticeId, userId',
      noticePrefs: 'id',
    },
    upgrade: async (tx) => {
      const cursor = tx.table('meta');
      if (await cursor.get('cursor')) await cursor.put({ key: 'cursor', value: STALE_CURSOR });
    },
  },
  {
    // The instructor's group discussions and yearly reviews. New record types, published before
    // the phone knew them: pull again from scratch, as in v4.
    version: 11,
    stores: {
      discussions: 'id, instructorId, orgId, at',
      instructorReviews: 'id, instructorId, year',
    },
    upgrade: async (tx) => {
      const cursor = tx.table('meta');
      if (await cursor.get('cursor')) await cursor.put({ key: 'cursor', value: STALE_CURSOR });
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
