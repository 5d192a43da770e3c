import { discussionProblem, reviewId, reviewProblem } from '../../shared/visits/duties.ts';
import type { Mutator } from './types.ts';

/**
 * The discussion shows at once, offline, planned or held, with the firms' names the phone holds.
 * What the server would refuse (src/shared/visits/duties.ts) is skipped here too.
 */
export const discussionSave: Mutator<'discussion.save'> = async (tx, args, { user, now }) => {
  const current = await tx.get('discussions', args.id);
  const notes = args.notes ?? current?.notes ?? '';
  const held = args.held ?? current?.held ?? false;
  const problem = discussionProblem(
    { at: args.at, held, notes, firmIds: args.firmIds },
    current?.held ?? false,
    Date.parse(now),
  );
  if (problem) return;
  const firms = await Promise.all(args.firmIds.map((id) => tx.get('firms', id)));
  const instructorId = current?.instructorId ?? firms[0]?.instructorId ?? user.id;
  const instructor =
    instructorId === user.id ? undefined : await tx.get('memberAdmins', instructorId);
  await tx.put('discussions', {
    id: args.id,
    instructorId,
    instructorName: current?.instructorName ?? (instructor?.name || user.name),
    orgId: current?.orgId ?? firms[0]?.orgId ?? user.orgId,
    at: args.at,
    place: args.place,
    topic: args.topic,
    firmIds: args.firmIds,
    firmNames: firms.map((f) => f?.name ?? ''),
    notes,
    held,
    userId: user.id,
    authorName: user.name,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  });
};

/** One review per instructor and year (the same id as the server's); the latest save shows. */
export const instructorReview: Mutator<'instructor.review'> = async (tx, args, { user, now }) => {
  if (reviewProblem(args, Date.parse(now))) return;
  const id = reviewId(args.instructorId, args.year);
  const current = await tx.get('instructorReviews', id);
  const account = await tx.get('memberAdmins', args.instructorId);
  await tx.put('instructorReviews', {
    id,
    year: args.year,
    instructorId: args.instructorId,
    instructorName: account?.name ?? current?.instructorName ?? '',
    orgId: account?.orgId ?? current?.orgId ?? user.orgId,
    outcome: args.outcome,
    notes: args.notes,
    userId: user.id,
    reviewerName: user.name,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  });
};
