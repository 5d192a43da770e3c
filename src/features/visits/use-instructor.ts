import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import type { VisitDraft } from '../../db/types.ts';
import { useSession } from '../../sync/session.ts';

/** Everything the instructor's screens derive from, read live from the phone's tables. */
export function useInstructorData() {
  const { user } = useSession();
  const userId = user?.id;
  return useLiveQuery(async () => {
    if (!userId) return undefined;
    const [
      orgs,
      firms,
      visits,
      worklogs,
      settings,
      requests,
      events,
      checkins,
      drafts,
      admins,
      discussions,
      reviews,
    ] = await Promise.all([
      db.orgs.toArray(),
      db.firms.toArray(),
      db.visits.toArray(),
      db.worklogs.toArray(),
      db.visitSettings.toArray(),
      db.requests.toArray(),
      db.events.toArray(),
      db.checkins.where('userId').equals(userId).toArray(),
      db.visitDrafts.where('userId').equals(userId).toArray(),
      db.memberAdmins.toArray(),
      db.discussions.toArray(),
      db.instructorReviews.toArray(),
    ]);
    return {
      orgs,
      firms,
      visits,
      worklogs,
      settings,
      requests,
      events,
      checkins,
      drafts: drafts as VisitDraft[],
      admins,
      discussions,
      reviews,
    };
  }, [userId]);
}

export type InstructorData = NonNullable<ReturnType<typeof useInstructorData>>;
