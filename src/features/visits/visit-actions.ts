import { db } from '../../db/db.ts';
import type { VisitDraft } from '../../db/types.ts';
import { uuidv7 } from '../../shared/ids.ts';
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { mutate } from '../../sync/mutate.ts';

// Instructors' writes go through push like any other: offline, applied once.

export const logVisit = (args: MutationArgs<'visit.log'>) => mutate('visit.log', args);
export const saveWorklog = (month: string, body: string) => mutate('worklog.save', { month, body });
export const submitWorklog = (month: string, body: string) =>
  mutate('worklog.submit', { month, body });
export const saveVisitSettings = (args: MutationArgs<'visit.settings'>) =>
  mutate('visit.settings', args);
export const saveDiscussion = (args: MutationArgs<'discussion.save'>) =>
  mutate('discussion.save', args);
export const reviewInstructor = (args: MutationArgs<'instructor.review'>) =>
  mutate('instructor.review', args);
export const assignFirm = (firmId: string, instructorId: string | null) =>
  mutate('firm.assign', { firmId, instructorId });

export const newId = () => uuidv7();

/**
 * A draft lives in its own local table, written on every change, so closing the app (or the
 * phone killing the tab) loses nothing. One draft per user and firm.
 */
export const draftKey = (userId: string, firmId: string) => `${userId}:${firmId}`;

export function emptyDraft(userId: string, firmId: string): VisitDraft {
  return {
    key: draftKey(userId, firmId),
    userId,
    firmId,
    kind: 'visit',
    met: '',
    notes: '',
    answers: {},
    problems: [],
    updatedAt: new Date().toISOString(),
  };
}

export const readDraft = (userId: string, firmId: string) =>
  db.visitDrafts.get(draftKey(userId, firmId));

export async function writeDraft(draft: VisitDraft): Promise<void> {
  await db.visitDrafts.put({ ...draft, updatedAt: new Date().toISOString() });
}

export const dropDraft = (userId: string, firmId: string) =>
  db.visitDrafts.delete(draftKey(userId, firmId));
